// The schema registry handed to drizzle() and drizzle-kit; the only aggregator under db/.
export { users } from "./users";
export { skills } from "./skills";
export { projects, projectSkills } from "./projects";
export { proposals } from "./proposals";
export { contractAmendments, contracts, milestones, reviews } from "./contracts";
export { projectInvitations } from "./invitations";
export { savedFreelancers, savedProjects } from "./saved";
export { milestoneEvents } from "./milestone-events";
export { timeEntries, timesheetWeeks } from "./timesheets";
export { auditContext, dataChanges } from "./audit";
export { jobs } from "./jobs";
export { apiTokens } from "./api-tokens";
export { idempotencyKeys } from "./idempotency";
export { dataExports } from "./privacy";
export { webhookDeliveries, webhookEndpoints } from "./webhooks";
export { notificationPreferences, notifications, streamEvents } from "./notifications";
export { savedSearches } from "./saved-searches";
export { avatars, files } from "./files";
export {
  conversationMembers,
  conversations,
  deliverableFiles,
  messageAttachments,
  messages,
  userBlocks,
} from "./messages";
export {
  invoiceCounters,
  invoices,
  ledgerAccounts,
  ledgerEntries,
  ledgerTransactions,
  paymentCustomers,
  paymentMethods,
  payments,
  payoutAccounts,
  payouts,
  refunds,
  sandboxOperations,
  webhookEvents,
} from "./money";
export { contentReports, disputeFiles, disputePosts, disputes, jobPauses } from "./trust";
export { clientProfiles, freelancerProfiles, freelancerSkills, portfolioItems } from "./profiles";
export {
  accounts,
  attemptThrottles,
  auditEvents,
  emailTokens,
  recoveryCodes,
  signInChallenges,
  userSessions,
} from "./auth";
