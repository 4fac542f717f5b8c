import { sql } from "drizzle-orm";
import { check, index, integer, sqliteTable, text, uniqueIndex } from "drizzle-orm/sqlite-core";

import { createdAt, id, timestamp, updatedAt } from "./columns";
import { projects } from "./projects";
import { users } from "./users";
import {
  amendmentStatuses,
  contractKinds,
  contractStatuses,
  milestoneStatuses,
} from "~/shared/statuses";
import { proposals } from "./proposals";

export const contracts = sqliteTable(
  "contracts",
  {
    id: id(),
    /** Unique: a project is hired for once, however many accepts race. */
    projectId: text("project_id")
      .notNull()
      .references(() => projects.id, { onDelete: "restrict" }),
    proposalId: text("proposal_id")
      .notNull()
      .references(() => proposals.id, { onDelete: "restrict" }),
    clientId: text("client_id")
      .notNull()
      .references(() => users.id, { onDelete: "restrict" }),
    freelancerId: text("freelancer_id")
      .notNull()
      .references(() => users.id, { onDelete: "restrict" }),
    /**
     * The accepted bid, in minor units: a fixed contract's amount. On an hourly contract it
     * equals `hourlyRateMinor` (a trigger keeps them equal); read the rate from there. The
     * column predates hourly contracts and stays NOT NULL: relaxing it would rebuild the
     * table, and a rebuild of contracts cascades into every child row (see STACK.md).
     */
    amountMinor: integer("amount_minor").notNull(),
    currency: text("currency").notNull(),
    status: text("status", { enum: contractStatuses }).notNull().default("active"),
    /** From the project's budget type at hire; triggers check the columns below match it. */
    kind: text("kind", { enum: contractKinds }).notNull().default("fixed"),
    /** Hourly contracts: the rate per hour, in minor units. Null on fixed contracts. */
    hourlyRateMinor: integer("hourly_rate_minor"),
    /** Hourly contracts: how much time the freelancer may log per week. Null on fixed ones. */
    weeklyLimitMinutes: integer("weekly_limit_minutes"),
    startedAt: createdAt(),
    completedAt: timestamp("completed_at"),
  },
  (table) => [
    uniqueIndex("contracts_project_unique").on(table.projectId),
    uniqueIndex("contracts_proposal_unique").on(table.proposalId),
    index("contracts_client_idx").on(table.clientId, table.status),
    index("contracts_freelancer_idx").on(table.freelancerId, table.status),
    check("contracts_amount_check", sql`${table.amountMinor} > 0`),
    check("contracts_status_check", sql`${table.status} in ('active', 'completed', 'ended')`),
  ],
);
export const milestones = sqliteTable(
  "milestones",
  {
    id: id(),
    contractId: text("contract_id")
      .notNull()
      .references(() => contracts.id, { onDelete: "cascade" }),
    title: text("title").notNull(),
    amountMinor: integer("amount_minor").notNull(),
    dueDate: timestamp("due_date"),
    status: text("status", { enum: milestoneStatuses }).notNull().default("pending"),
    submissionNote: text("submission_note"),
    submissionLinks: text("submission_links", { mode: "json" }).$type<string[]>(),
    changesReason: text("changes_reason"),
    submittedAt: timestamp("submitted_at"),
    approvedAt: timestamp("approved_at"),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (table) => [
    index("milestones_contract_idx").on(table.contractId),
    check("milestones_amount_check", sql`${table.amountMinor} > 0`),
    check(
      "milestones_status_check",
      sql`${table.status} in ('pending', 'funded', 'submitted', 'changes_requested', 'approved')`,
    ),
  ],
);
/** One review per party per completed contract; the reviewee may reply once. */
export const reviews = sqliteTable(
  "reviews",
  {
    id: id(),
    contractId: text("contract_id")
      .notNull()
      .references(() => contracts.id, { onDelete: "cascade" }),
    reviewerId: text("reviewer_id")
      .notNull()
      .references(() => users.id, { onDelete: "restrict" }),
    revieweeId: text("reviewee_id")
      .notNull()
      .references(() => users.id, { onDelete: "restrict" }),
    overall: integer("overall").notNull(),
    communication: integer("communication").notNull(),
    quality: integer("quality").notNull(),
    timeliness: integer("timeliness").notNull(),
    comment: text("comment").notNull(),
    reply: text("reply"),
    repliedAt: timestamp("replied_at"),
    /** Hidden by an admin (trust and safety): gone for everyone but its author and admins. */
    hiddenAt: timestamp("hidden_at"),
    hiddenReason: text("hidden_reason"),
    createdAt: createdAt(),
  },
  (table) => [
    uniqueIndex("reviews_contract_reviewer_unique").on(table.contractId, table.reviewerId),
    index("reviews_reviewee_idx").on(table.revieweeId, table.createdAt),
    check(
      "reviews_stars_check",
      sql`${table.overall} between 1 and 5 and ${table.communication} between 1 and 5 and ${table.quality} between 1 and 5 and ${table.timeliness} between 1 and 5`,
    ),
  ],
);
/**
 * A change to the contract amount the client proposes and the freelancer agrees to: the only
 * way planned milestones may add up to more than the amount first agreed.
 */
export const contractAmendments = sqliteTable(
  "contract_amendments",
  {
    id: id(),
    contractId: text("contract_id")
      .notNull()
      .references(() => contracts.id, { onDelete: "cascade" }),
    /** The new total in the contract's currency, in minor units. */
    amountMinor: integer("amount_minor").notNull(),
    previousAmountMinor: integer("previous_amount_minor").notNull(),
    reason: text("reason").notNull(),
    status: text("status", { enum: amendmentStatuses }).notNull().default("pending"),
    createdAt: createdAt(),
    decidedAt: timestamp("decided_at"),
  },
  (table) => [
    index("contract_amendments_contract_idx").on(table.contractId, table.createdAt),
    // At most one open request per contract.
    uniqueIndex("contract_amendments_one_pending")
      .on(table.contractId)
      .where(sql`${table.status} = 'pending'`),
    check("contract_amendments_amount_check", sql`${table.amountMinor} > 0`),
    check(
      "contract_amendments_status_check",
      sql`${table.status} in ('pending', 'accepted', 'declined', 'withdrawn')`,
    ),
  ],
);
