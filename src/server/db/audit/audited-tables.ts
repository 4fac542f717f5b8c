/**
 * The tables whose every change is recorded in `data_changes` by triggers (migration
 * 0019_data_change_audit), with the columns recorded. A column left out here is not recorded:
 * secrets, derived counters and `updated_at`. When a migration adds a column to one of these
 * tables, add it here and regenerate the triggers in a new migration (`npm run db:audit-triggers`);
 * a test fails until the triggers match this list.
 */
export const auditedTables = {
  projects: {
    key: ["id"],
    columns: [
      "client_id",
      "title",
      "description",
      "status",
      "budget_type",
      "budget_min_minor",
      "budget_max_minor",
      "currency",
      "experience_level",
      "duration",
      "deadline",
      "published_at",
      "hidden_at",
      "hidden_reason",
    ],
  },
  project_skills: { key: ["project_id", "skill_id"], columns: ["project_id", "skill_id"] },
  proposals: {
    key: ["id"],
    columns: [
      "project_id",
      "freelancer_id",
      "cover_letter",
      "bid_minor",
      "currency",
      "estimated_duration",
      "status",
    ],
  },
  contracts: {
    key: ["id"],
    columns: [
      "project_id",
      "proposal_id",
      "client_id",
      "freelancer_id",
      "amount_minor",
      "currency",
      "status",
      "completed_at",
      "kind",
      "hourly_rate_minor",
      "weekly_limit_minutes",
    ],
  },
  milestones: {
    key: ["id"],
    columns: [
      "contract_id",
      "title",
      "amount_minor",
      "due_date",
      "status",
      "submission_note",
      "submission_links",
      "changes_reason",
      "submitted_at",
      "approved_at",
    ],
  },
  contract_amendments: {
    key: ["id"],
    columns: [
      "contract_id",
      "amount_minor",
      "previous_amount_minor",
      "reason",
      "status",
      "decided_at",
    ],
  },
  timesheet_weeks: {
    key: ["id"],
    columns: [
      "contract_id",
      "week_start",
      "status",
      "rate_minor",
      "limit_minutes",
      "submitted_at",
      "review_ends_at",
      "approved_at",
      "disputed_at",
      "dispute_reason",
    ],
  },
  time_entries: {
    key: ["id"],
    columns: ["week_id", "contract_id", "work_date", "minutes", "description", "disputed"],
  },
  reviews: {
    key: ["id"],
    columns: [
      "contract_id",
      "reviewer_id",
      "reviewee_id",
      "overall",
      "communication",
      "quality",
      "timeliness",
      "comment",
      "reply",
      "replied_at",
      "hidden_at",
      "hidden_reason",
    ],
  },
  freelancer_profiles: {
    key: ["user_id"],
    columns: ["headline", "bio", "hourly_rate_minor", "currency", "availability", "location"],
  },
  client_profiles: { key: ["user_id"], columns: ["company_name", "about", "website", "location"] },
  freelancer_skills: { key: ["user_id", "skill_id"], columns: ["user_id", "skill_id"] },
  portfolio_items: {
    key: ["id"],
    columns: ["user_id", "title", "description", "url", "image_file_id", "position"],
  },
  // Accounts: who they are and what they may do; never their secrets.
  users: {
    key: ["id"],
    columns: [
      "name",
      "email",
      "email_verified",
      "role",
      "status",
      "time_zone",
      "profile_hidden_at",
      "profile_hidden_reason",
      "password_reset_required_at",
    ],
  },
} as const satisfies Record<string, { key: readonly string[]; columns: readonly string[] }>;

export type AuditedTable = keyof typeof auditedTables;

const q = (name: string) => `"${name}"`;

/** The three triggers that record `table`'s inserts, updates and deletes. */
export function auditTriggerSql(table: AuditedTable): string[] {
  const { key, columns } = auditedTables[table];
  const subject = (row: "NEW" | "OLD") =>
    key.map((column) => `${row}.${q(column)}`).join(` || ':' || `);
  // One row per recorded column (a UNION ALL: VALUES' own column names fail inside triggers).
  const rows = (pair: (column: string) => [string, string]) =>
    columns
      .map((column, index) => {
        const [before, after] = pair(column);
        return index === 0
          ? `SELECT '${column}' AS k, ${before} AS o, ${after} AS n`
          : `SELECT '${column}', ${before}, ${after}`;
      })
      .join(" UNION ALL ");
  const changes = (pair: (column: string) => [string, string]) =>
    `(SELECT json_group_object(k, json_array(o, n)) FROM (${rows(pair)}) WHERE o IS NOT n)`;
  const insert = (action: string, row: "NEW" | "OLD", pair: (column: string) => [string, string]) =>
    `INSERT INTO data_changes (actor, subject_type, subject_id, action, changes, request_id, created_at) SELECT c.actor, '${table}', ${subject(row)}, '${action}', ${changes(pair)}, c.request_id, coalesce(c.at, CAST(unixepoch('subsec') * 1000 AS INTEGER)) FROM (SELECT 1) LEFT JOIN audit_context c ON c.id = 1;`;
  const changed = columns.map((column) => `OLD.${q(column)} IS NOT NEW.${q(column)}`).join(" OR ");
  return [
    `CREATE TRIGGER audit_${table}_insert AFTER INSERT ON ${q(table)} BEGIN ${insert("insert", "NEW", (column) => ["NULL", `NEW.${q(column)}`])} END`,
    `CREATE TRIGGER audit_${table}_update AFTER UPDATE ON ${q(table)} WHEN ${changed} BEGIN ${insert("update", "NEW", (column) => [`OLD.${q(column)}`, `NEW.${q(column)}`])} END`,
    `CREATE TRIGGER audit_${table}_delete AFTER DELETE ON ${q(table)} BEGIN ${insert("delete", "OLD", (column) => [`OLD.${q(column)}`, "NULL"])} END`,
  ];
}

/** Every audit trigger, in a stable order. */
export function allAuditTriggerSql(): string[] {
  return (Object.keys(auditedTables) as AuditedTable[]).flatMap(auditTriggerSql);
}
