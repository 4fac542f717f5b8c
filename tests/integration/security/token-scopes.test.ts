import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { appRouter } from "~/server/api/root";
import type { Meta } from "~/server/api/trpc";
import type { Database } from "~/server/db/client";
import type { PersonActor } from "~/server/domain/actor";
import { apiScopes, type ApiScope } from "~/shared/api-scopes";
import { actorOf } from "../../helpers/caller";
import { createUser } from "../../helpers/people";
import { createTestDatabase } from "../../helpers/test-db";
import { call, routerProcedures, Tally } from "./sweep-calls";

/**
 * Every procedure, called through a personal access token: one without the scope the
 * procedure names is refused FORBIDDEN naming that scope, a procedure that names none (the
 * account's security, token management, admin tools, live streams) refuses every token, and
 * a token's owner being an admin opens nothing more. Generated from the router, so a new
 * procedure is covered the day it is added.
 */
const procedures = routerProcedures();
const scopeOf = (path: string) =>
  (
    (appRouter._def.procedures as unknown as Record<string, { _def: { meta?: Meta } }>)[path]!._def
      .meta ?? {}
  ).scope;
const tally = new Tally();
let db: Database;
const people: Record<"client" | "freelancer" | "admin", PersonActor> = {} as never;

beforeAll(async () => {
  ({ db } = await createTestDatabase());
  for (const role of ["client", "freelancer", "admin"] as const)
    people[role] = actorOf(await createUser(db, role, { emailVerified: new Date() }), null);
});

afterAll(() => tally.print(`token-scope sweep over ${procedures.length} procedures`));

const withToken = (person: PersonActor, scopes: readonly ApiScope[]): PersonActor => ({
  ...person,
  // An admin's own session would carry both: a token must not borrow them.
  twoFactorEnabled: true,
  secondFactorVerified: false,
  apiToken: { id: crypto.randomUUID(), scopes },
});

describe("every procedure through a token", () => {
  it("every REST endpoint names the scope a token needs for it", () => {
    const rest = procedures.filter(
      (p) =>
        (appRouter._def.procedures as unknown as Record<string, { _def: { meta?: Meta } }>)[p.path]!
          ._def.meta?.openapi,
    );
    expect(rest.length).toBeGreaterThan(0);
    expect(rest.filter((p) => !scopeOf(p.path)).map((p) => p.path)).toEqual([]);
  });

  for (const role of ["client", "freelancer", "admin"] as const) {
    it(`as a ${role}: no scope opens nothing; every scope opens only scoped procedures`, async () => {
      for (const procedure of procedures) {
        const scope = scopeOf(procedure.path);
        const bare = await call(db, withToken(people[role], []), procedure.path, undefined);
        tally.add("token without scopes");
        expect(bare, procedure.path).toMatchObject({ ok: false, code: "FORBIDDEN" });
        if (scope) expect(bare.ok ? "" : bare.message, procedure.path).toContain(scope);

        const all = await call(db, withToken(people[role], apiScopes), procedure.path, undefined);
        tally.add("token with every scope");
        if (!scope) {
          expect(all, procedure.path).toMatchObject({ ok: false, code: "FORBIDDEN" });
          expect(all.ok ? "" : all.message, procedure.path).toContain("API tokens cannot");
        } else if (!all.ok) {
          expect(all.message, procedure.path).not.toContain("scope");
          expect(all.message, procedure.path).not.toContain("API tokens");
        }
      }
    });
  }
});
