import { accountRouter } from "./routers/account";
import { adminRouter } from "./routers/admin";
import { apiTokenRouter } from "./routers/api-token";
import { webhookRouter } from "./routers/webhook";
import { authRouter } from "./routers/auth";
import { contractRouter } from "./routers/contract";
import { dashboardRouter } from "./routers/dashboard";
import { disputeRouter } from "./routers/dispute";
import { eventsRouter } from "./routers/events";
import { fileRouter } from "./routers/file";
import { invitationRouter } from "./routers/invitation";
import { marketplaceRouter } from "./routers/marketplace";
import { messageRouter } from "./routers/message";
import { moderationRouter } from "./routers/moderation";
import { notificationRouter } from "./routers/notification";
import { opsRouter } from "./routers/ops";
import { paymentRouter } from "./routers/payment";
import { privacyRouter } from "./routers/privacy";
import { profileRouter } from "./routers/profile";
import { projectRouter } from "./routers/project";
import { proposalRouter } from "./routers/proposal";
import { savedRouter } from "./routers/saved";
import { savedSearchRouter } from "./routers/saved-search";
import { timesheetRouter } from "./routers/timesheet";
import { createCallerFactory, createTRPCRouter } from "./trpc";

/** The router registry: every domain router is mounted here and nowhere else. */
export const appRouter = createTRPCRouter({
  account: accountRouter,
  admin: adminRouter,
  apiToken: apiTokenRouter,
  webhook: webhookRouter,
  auth: authRouter,
  contract: contractRouter,
  dashboard: dashboardRouter,
  dispute: disputeRouter,
  events: eventsRouter,
  file: fileRouter,
  invitation: invitationRouter,
  marketplace: marketplaceRouter,
  message: messageRouter,
  moderation: moderationRouter,
  notification: notificationRouter,
  ops: opsRouter,
  payment: paymentRouter,
  privacy: privacyRouter,
  profile: profileRouter,
  project: projectRouter,
  proposal: proposalRouter,
  saved: savedRouter,
  savedSearch: savedSearchRouter,
  timesheet: timesheetRouter,
});

export type AppRouter = typeof appRouter;

export const createCaller = createCallerFactory(appRouter);
