import { readFileSync } from "node:fs";
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";

import { auditEvents } from "~/server/db/schema/auth";
import { users } from "~/server/db/schema/users";
import { recordAuditEvent } from "~/server/domain/audit/record-audit-event";
import { applyPrivacyRetention } from "~/server/domain/privacy/apply-retention";
import { retentionMarkdown, retentionMs } from "~/server/domain/privacy/retention";
import { WEBHOOK_DELIVERY_RETENTION_MS } from "~/server/domain/webhook/list-endpoints";
import { RETENTION } from "~/server/jobs/housekeeping";
import { createUser, domainCtx } from "../../helpers/people";
import { createTestDatabase } from "../../helpers/test-db";

const { db } = await createTestDatabase();

/** A Markdown table as rows of trimmed cells, without its separator line. */
const cells = (table: string) =>
  table
    .trim()
    .split("\n")
    .filter((line) => !/^\|[\s|:-]+\|$/.test(line))
    .map((line) =>
      line
        .slice(1, -1)
        .split("|")
        .map((cell) => cell.trim()),
    );

describe("the retention table", () => {
  it("is the same in the README as in the code, and housekeeping reads its periods from it", () => {
    const readme = readFileSync("README.md", "utf8");
    const copy = /<!-- retention-table:start -->([\s\S]*?)<!-- retention-table:end -->/.exec(
      readme,
    );
    expect(copy).not.toBeNull();
    expect(cells(copy![1]!)).toEqual(cells(retentionMarkdown()));
    expect(RETENTION.endedSessionsMs).toBe(retentionMs("endedSessions"));
    expect(RETENTION.readNotificationsMs).toBe(retentionMs("readNotifications"));
    expect(WEBHOOK_DELIVERY_RETENTION_MS).toBe(retentionMs("webhookDeliveries"));
  });

  it("erases the personal fields of security events past two years, once, and keeps the rest", async () => {
    const person = await createUser(db, "client");
    const ctx = domainCtx(db);
    await recordAuditEvent(ctx, {
      action: "email.verified",
      actorId: person.id,
      targetUserId: person.id,
      detail: { email: person.email },
    });
    const [event] = await db.select().from(auditEvents).where(eq(auditEvents.actorId, person.id));
    expect(event).toMatchObject({ ip: "203.0.113.7", detail: { email: person.email } });

    const justBefore = new Date(event!.createdAt.getTime() + retentionMs("securityEvents") - 1000);
    expect((await applyPrivacyRetention(db, justBefore)).securityEventsRedacted).toBe(0);
    const after = new Date(event!.createdAt.getTime() + retentionMs("securityEvents") + 1000);
    expect((await applyPrivacyRetention(db, after)).securityEventsRedacted).toBeGreaterThanOrEqual(
      1,
    );
    const [redacted] = await db.select().from(auditEvents).where(eq(auditEvents.id, event!.id));
    expect(redacted).toMatchObject({
      action: "email.verified",
      actorId: person.id,
      targetId: person.id,
      ip: null,
      userAgent: null,
      detail: null,
      createdAt: event!.createdAt,
    });
    expect(redacted!.redactedAt).toEqual(after);

    // Still append-only otherwise: no second redaction, no other change, no delete.
    const refusal = (write: Promise<unknown>) =>
      write.then(
        () => "allowed",
        (error: { cause?: unknown }) => String(error.cause ?? error),
      );
    const id = event!.id;
    expect(
      await refusal(
        db.update(auditEvents).set({ action: "sign_out" }).where(eq(auditEvents.id, id)),
      ),
    ).toMatch(/append-only/);
    expect(
      await refusal(
        db.update(auditEvents).set({ redactedAt: new Date() }).where(eq(auditEvents.id, id)),
      ),
    ).toMatch(/append-only/);
    expect(await refusal(db.delete(auditEvents).where(eq(auditEvents.id, id)))).toMatch(
      /append-only/,
    );
    await expect(
      db.select({ id: users.id }).from(users).where(eq(users.id, person.id)),
    ).resolves.toHaveLength(1);
  });
});
