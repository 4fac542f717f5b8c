import { getTableName, sql, type Column } from "drizzle-orm";

/**
 * A column written with its table name. Drizzle prints columns bare in a single-table
 * select, so inside a correlated subquery `${projects.id}` would bind to the subquery's own
 * table; `qualified(projects.id)` always means the outer row.
 */
export const qualified = (column: Column) =>
  sql`${sql.identifier(getTableName(column.table))}.${sql.identifier(column.name)}`;
