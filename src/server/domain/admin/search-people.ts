import "server-only";

import { and, desc, eq, gte, lt, or, sql, type SQL } from "drizzle-orm";
import type { z } from "zod";

import { users } from "~/server/db/schema/users";
import type { DomainContext } from "~/server/domain/context";
import type { PeopleInput } from "~/shared/schemas/admin";
import { actingAdminId } from "./admin-access";

const DAY_MS = 24 * 60 * 60 * 1000;

/** The first moment of a `YYYY-MM-DD` day in UTC, and the first moment after it. */
export function dayBounds(day: string) {
  const start = new Date(`${day}T00:00:00Z`);
  return { start, end: new Date(start.getTime() + DAY_MS) };
}

/**
 * People for the admin console: by name or email (a part of either, any case), role, status
 * and sign-up days, newest first, a page at a time after `cursor` (the last row's sign-up time
 * and id, so a page never skips or repeats anyone when people sign up meanwhile).
 */
export async function searchPeople({
  ctx,
  input,
}: {
  ctx: DomainContext;
  input: z.output<typeof PeopleInput>;
}) {
  actingAdminId(ctx);
  const where: (SQL | undefined)[] = [];
  if (input.q) {
    const needle = input.q.toLowerCase();
    where.push(
      or(
        sql`instr(lower(${users.name}), ${needle}) > 0`,
        sql`instr(${users.email}, ${needle}) > 0`,
      ),
    );
  }
  if (input.role) where.push(eq(users.role, input.role));
  if (input.status) where.push(eq(users.status, input.status));
  if (input.from) where.push(gte(users.createdAt, dayBounds(input.from).start));
  if (input.to) where.push(lt(users.createdAt, dayBounds(input.to).end));
  if (input.cursor) {
    const [ms, id] = input.cursor.split("_") as [string, string];
    const at = new Date(Number(ms));
    where.push(or(lt(users.createdAt, at), and(eq(users.createdAt, at), lt(users.id, id))));
  }
  const rows = await ctx.db
    .select({
      id: users.id,
      name: users.name,
      email: users.email,
      role: users.role,
      status: users.status,
      emailVerified: users.emailVerified,
      twoFactorEnabledAt: users.twoFactorEnabledAt,
      createdAt: users.createdAt,
    })
    .from(users)
    .where(and(...where))
    .orderBy(desc(users.createdAt), desc(users.id))
    .limit(input.limit + 1);
  const items = rows.slice(0, input.limit).map(({ emailVerified, twoFactorEnabledAt, ...row }) => ({
    ...row,
    emailVerified: emailVerified !== null,
    twoFactor: twoFactorEnabledAt !== null,
  }));
  const last = items.at(-1);
  return {
    items,
    nextCursor: rows.length > input.limit && last ? `${last.createdAt.getTime()}_${last.id}` : null,
  };
}
