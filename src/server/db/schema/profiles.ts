import { sql } from "drizzle-orm";
import { check, index, integer, primaryKey, sqliteTable, text } from "drizzle-orm/sqlite-core";

import { availabilities } from "~/shared/schemas/profile";
import { files } from "./files";
import { createdAt, id, updatedAt } from "./columns";
import { skills } from "./skills";
import { users } from "./users";

/** What a freelancer shows the marketplace; one row per freelancer, created on first save. */
export const freelancerProfiles = sqliteTable(
  "freelancer_profiles",
  {
    userId: text("user_id")
      .primaryKey()
      .references(() => users.id, { onDelete: "cascade" }),
    headline: text("headline").notNull(),
    /** Markdown as typed; rendered without raw HTML. */
    bio: text("bio").notNull().default(""),
    hourlyRateMinor: integer("hourly_rate_minor").notNull(),
    currency: text("currency").notNull().default("USD"),
    availability: text("availability", { enum: availabilities }).notNull().default("available"),
    location: text("location").notNull().default(""),
    /**
     * Reputation kept by triggers on contracts and reviews (migration 0009), so freelancer
     * search can rank thousands of people without counting their history on every query.
     */
    completedContracts: integer("completed_contracts").notNull().default(0),
    reviewCount: integer("review_count").notNull().default(0),
    /** The sum of overall stars; the rating is `rating_total / review_count`. */
    ratingTotal: integer("rating_total").notNull().default(0),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (table) => [
    index("freelancer_profiles_updated_idx").on(table.updatedAt),
    check("freelancer_profiles_rate_check", sql`${table.hourlyRateMinor} > 0`),
    check(
      "freelancer_profiles_currency_check",
      sql`length(${table.currency}) = 3 and ${table.currency} = upper(${table.currency})`,
    ),
    check(
      "freelancer_profiles_availability_check",
      sql`${table.availability} in ('available', 'limited', 'unavailable')`,
    ),
  ],
);

export const freelancerSkills = sqliteTable(
  "freelancer_skills",
  {
    userId: text("user_id")
      .notNull()
      .references(() => freelancerProfiles.userId, { onDelete: "cascade" }),
    skillId: integer("skill_id")
      .notNull()
      .references(() => skills.id, { onDelete: "restrict" }),
  },
  (table) => [
    primaryKey({ columns: [table.userId, table.skillId] }),
    index("freelancer_skills_skill_idx").on(table.skillId),
  ],
);

export const portfolioItems = sqliteTable(
  "portfolio_items",
  {
    id: id(),
    userId: text("user_id")
      .notNull()
      .references(() => freelancerProfiles.userId, { onDelete: "cascade" }),
    title: text("title").notNull(),
    description: text("description").notNull().default(""),
    url: text("url"),
    /** An image of the work, shown on the public profile. */
    imageFileId: text("image_file_id").references(() => files.id, { onDelete: "set null" }),
    /** Display order, chosen by the freelancer. */
    position: integer("position").notNull(),
    createdAt: createdAt(),
  },
  (table) => [index("portfolio_items_user_idx").on(table.userId, table.position)],
);

/** What a client shows freelancers deciding whether to propose. */
export const clientProfiles = sqliteTable("client_profiles", {
  userId: text("user_id")
    .primaryKey()
    .references(() => users.id, { onDelete: "cascade" }),
  companyName: text("company_name").notNull().default(""),
  /** Markdown as typed; rendered without raw HTML. */
  about: text("about").notNull().default(""),
  website: text("website"),
  location: text("location").notNull().default(""),
  createdAt: createdAt(),
  updatedAt: updatedAt(),
});

export type FreelancerProfile = typeof freelancerProfiles.$inferSelect;
export type ClientProfile = typeof clientProfiles.$inferSelect;
