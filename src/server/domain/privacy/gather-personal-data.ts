import "server-only";

import { and, eq, getTableColumns, inArray, isNull, ne, or, type SQL } from "drizzle-orm";
import type { SQLiteTable } from "drizzle-orm/sqlite-core";

import type { DbOrTx } from "~/server/db/client";
import { apiTokens } from "~/server/db/schema/api-tokens";
import { auditEvents, userSessions } from "~/server/db/schema/auth";
import { contractAmendments, contracts, milestones, reviews } from "~/server/db/schema/contracts";
import { files } from "~/server/db/schema/files";
import { projectInvitations } from "~/server/db/schema/invitations";
import {
  conversationMembers,
  conversations,
  messages,
  userBlocks,
} from "~/server/db/schema/messages";
import {
  invoices,
  ledgerAccounts,
  ledgerEntries,
  payments,
  payouts,
} from "~/server/db/schema/money";
import { notificationPreferences, notifications } from "~/server/db/schema/notifications";
import { dataExports } from "~/server/db/schema/privacy";
import {
  clientProfiles,
  freelancerProfiles,
  freelancerSkills,
  portfolioItems,
} from "~/server/db/schema/profiles";
import { projects } from "~/server/db/schema/projects";
import { proposals } from "~/server/db/schema/proposals";
import { savedFreelancers, savedProjects } from "~/server/db/schema/saved";
import { savedSearches } from "~/server/db/schema/saved-searches";
import { skills } from "~/server/db/schema/skills";
import { timeEntries, timesheetWeeks } from "~/server/db/schema/timesheets";
import { contentReports, disputePosts, disputes } from "~/server/db/schema/trust";
import { users } from "~/server/db/schema/users";

/** Columns never exported: secrets and keyed hashes are Guild's, and useless to anyone else. */
const SECRET_COLUMNS = new Set([
  "passwordHash",
  "twoFactorSecret",
  "twoFactorPendingSecret",
  "twoFactorLastStep",
  "tokenHash",
  "clientSecret",
]);

async function rowsOf(db: DbOrTx, table: SQLiteTable, where: SQL | undefined) {
  const columns = Object.fromEntries(
    Object.entries(getTableColumns(table)).filter(([name]) => !SECRET_COLUMNS.has(name)),
  );
  return db.select(columns).from(table).where(where);
}

const ids = <T extends { id: string }>(rows: T[]) => rows.map((row) => row.id);
const none = ["-"];

export interface PersonalData {
  data: Record<string, unknown[]>;
  /** The files they uploaded, whose bytes go into the archive beside the JSON. */
  files: { id: string; name: string; storageKey: string; status: string }[];
}

/**
 * Everything Guild holds about one person, table by table, read as they could see it: their
 * own rows, the records they are a party to, and the messages of the conversations they are
 * in (what others wrote to them is part of their correspondence; a message an admin hid or its
 * author deleted is left out, as the thread shows it). Never secrets or token hashes.
 */
export async function gatherPersonalData(db: DbOrTx, userId: string): Promise<PersonalData> {
  const data: Record<string, unknown[]> = {};
  data.account = await rowsOf(db, users, eq(users.id, userId));
  data.freelancerProfile = await rowsOf(
    db,
    freelancerProfiles,
    eq(freelancerProfiles.userId, userId),
  );
  data.clientProfile = await rowsOf(db, clientProfiles, eq(clientProfiles.userId, userId));
  data.skills = await db
    .select({ id: skills.id, name: skills.name })
    .from(freelancerSkills)
    .innerJoin(skills, eq(skills.id, freelancerSkills.skillId))
    .where(eq(freelancerSkills.userId, userId));
  data.portfolio = await rowsOf(db, portfolioItems, eq(portfolioItems.userId, userId));
  data.projects = await rowsOf(db, projects, eq(projects.clientId, userId));
  data.proposals = await rowsOf(db, proposals, eq(proposals.freelancerId, userId));
  data.invitations = await rowsOf(
    db,
    projectInvitations,
    or(eq(projectInvitations.clientId, userId), eq(projectInvitations.freelancerId, userId)),
  );

  const theirContracts = (await rowsOf(
    db,
    contracts,
    or(eq(contracts.clientId, userId), eq(contracts.freelancerId, userId)),
  )) as { id: string }[];
  const contractIds = theirContracts.length > 0 ? ids(theirContracts) : none;
  data.contracts = theirContracts;
  data.milestones = await rowsOf(db, milestones, inArray(milestones.contractId, contractIds));
  data.amendments = await rowsOf(
    db,
    contractAmendments,
    inArray(contractAmendments.contractId, contractIds),
  );
  data.timesheetWeeks = await rowsOf(
    db,
    timesheetWeeks,
    inArray(timesheetWeeks.contractId, contractIds),
  );
  data.timeEntries = await rowsOf(db, timeEntries, inArray(timeEntries.contractId, contractIds));
  data.reviews = await rowsOf(
    db,
    reviews,
    or(eq(reviews.reviewerId, userId), eq(reviews.revieweeId, userId)),
  );

  const memberOf = await db
    .select({ id: conversationMembers.conversationId })
    .from(conversationMembers)
    .where(eq(conversationMembers.userId, userId));
  const conversationIds = memberOf.length > 0 ? ids(memberOf) : none;
  data.conversations = await rowsOf(db, conversations, inArray(conversations.id, conversationIds));
  data.messages = await rowsOf(
    db,
    messages,
    and(
      inArray(messages.conversationId, conversationIds),
      or(eq(messages.senderId, userId), and(isNull(messages.hiddenAt), isNull(messages.deletedAt))),
    ),
  );
  data.blocks = await rowsOf(db, userBlocks, eq(userBlocks.blockerId, userId));

  data.notifications = await rowsOf(db, notifications, eq(notifications.userId, userId));
  data.notificationPreferences = await rowsOf(
    db,
    notificationPreferences,
    eq(notificationPreferences.userId, userId),
  );
  data.savedProjects = await rowsOf(db, savedProjects, eq(savedProjects.userId, userId));
  data.savedFreelancers = await rowsOf(db, savedFreelancers, eq(savedFreelancers.userId, userId));
  data.savedSearches = await rowsOf(db, savedSearches, eq(savedSearches.userId, userId));

  data.payments = await rowsOf(db, payments, eq(payments.clientId, userId));
  data.payouts = await rowsOf(db, payouts, eq(payouts.userId, userId));
  data.invoices = await rowsOf(
    db,
    invoices,
    or(eq(invoices.clientId, userId), eq(invoices.freelancerId, userId)),
  );
  const accounts = (await rowsOf(db, ledgerAccounts, eq(ledgerAccounts.userId, userId))) as {
    id: string;
  }[];
  data.ledgerAccounts = accounts;
  data.ledgerEntries = await rowsOf(
    db,
    ledgerEntries,
    inArray(ledgerEntries.accountId, accounts.length > 0 ? ids(accounts) : none),
  );

  data.reports = await rowsOf(db, contentReports, eq(contentReports.reporterId, userId));
  data.disputes = await rowsOf(db, disputes, inArray(disputes.contractId, contractIds));
  data.disputePosts = await rowsOf(db, disputePosts, eq(disputePosts.authorId, userId));
  data.securityEvents = await rowsOf(
    db,
    auditEvents,
    or(
      eq(auditEvents.actorId, userId),
      and(eq(auditEvents.targetType, "user"), eq(auditEvents.targetId, userId)),
    ),
  );
  data.apiTokens = await rowsOf(db, apiTokens, eq(apiTokens.userId, userId));
  data.sessions = await rowsOf(db, userSessions, eq(userSessions.userId, userId));
  data.dataExports = await rowsOf(db, dataExports, eq(dataExports.userId, userId));

  const uploaded = await db
    .select({ id: files.id, name: files.name, storageKey: files.storageKey, status: files.status })
    .from(files)
    .where(and(eq(files.uploaderId, userId), ne(files.status, "pending")));
  data.files = await rowsOf(db, files, eq(files.uploaderId, userId));
  return { data, files: uploaded };
}
