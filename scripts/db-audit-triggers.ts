/**
 * Prints the SQL that re-creates the data-change audit triggers of the named tables, for a new
 * migration after a column was added to `auditedTables`:
 *   npx drizzle-kit generate --custom --name <name>
 *   npm run db:audit-triggers -- projects reviews >> drizzle/<that file>.sql
 */
import {
  auditedTables,
  auditTriggerSql,
  type AuditedTable,
} from "~/server/db/audit/audited-tables";

const tables = process.argv.slice(2);
const unknown = tables.filter((table) => !(table in auditedTables));
if (tables.length === 0 || unknown.length > 0) {
  console.error(
    `Name audited tables (${Object.keys(auditedTables).join(", ")}).` +
      (unknown.length > 0 ? ` Unknown: ${unknown.join(", ")}.` : ""),
  );
  process.exit(1);
}

const statements = (tables as AuditedTable[]).flatMap((table) => [
  ...(["insert", "update", "delete"] as const).map(
    (action) => `DROP TRIGGER IF EXISTS audit_${table}_${action};`,
  ),
  ...auditTriggerSql(table).map((trigger) => `${trigger};`),
]);
console.log(statements.join("\n--> statement-breakpoint\n"));
