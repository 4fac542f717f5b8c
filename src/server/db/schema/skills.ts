import { integer, sqliteTable, text, uniqueIndex } from "drizzle-orm/sqlite-core";

/** The skills catalogue: projects and freelancer profiles pick from it. */
export const skills = sqliteTable(
  "skills",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    slug: text("slug").notNull(),
    name: text("name").notNull(),
    category: text("category").notNull(),
  },
  (table) => [uniqueIndex("skills_slug_unique").on(table.slug)],
);

export type Skill = typeof skills.$inferSelect;
