import { getPerson } from "~/server/domain/admin/get-person";
import { listPersonApiTokens, revokePersonApiToken } from "~/server/domain/api-token/api-tokens";
import { listAuditEvents } from "~/server/domain/admin/list-audit-events";
import { requirePasswordReset } from "~/server/domain/admin/require-password-reset";
import { revokePersonSessions } from "~/server/domain/admin/revoke-person-sessions";
import { searchPeople } from "~/server/domain/admin/search-people";
import { setUserRole } from "~/server/domain/admin/set-user-role";
import { setUserStatus } from "~/server/domain/admin/set-user-status";
import { verifyEmailByHand } from "~/server/domain/admin/verify-email-by-hand";
import { readReportedConversation } from "~/server/domain/message/read-reported-conversation";
import {
  AuditEventsInput,
  PeopleInput,
  PersonActionInput,
  PersonInput,
  RevokePersonApiTokenInput,
  RevokePersonSessionsInput,
  SetUserRoleInput,
  SetUserStatusInput,
} from "~/shared/schemas/admin";
import { ReportIdInput } from "~/shared/schemas/message";
import { adminProcedure, createTRPCRouter } from "../trpc";

/** The admin console: people, what they did and what was done to them. Every action takes a reason. */
export const adminRouter = createTRPCRouter({
  people: adminProcedure.input(PeopleInput).query(({ ctx, input }) => searchPeople({ ctx, input })),
  person: adminProcedure.input(PersonInput).query(({ ctx, input }) => getPerson({ ctx, input })),
  setUserRole: adminProcedure
    .input(SetUserRoleInput)
    .mutation(({ ctx, input }) => setUserRole({ ctx, input })),
  setUserStatus: adminProcedure
    .input(SetUserStatusInput)
    .mutation(({ ctx, input }) => setUserStatus({ ctx, input })),
  requirePasswordReset: adminProcedure
    .input(PersonActionInput)
    .mutation(({ ctx, input }) => requirePasswordReset({ ctx, input })),
  verifyEmail: adminProcedure
    .input(PersonActionInput)
    .mutation(({ ctx, input }) => verifyEmailByHand({ ctx, input })),
  revokeSessions: adminProcedure
    .input(RevokePersonSessionsInput)
    .mutation(({ ctx, input }) => revokePersonSessions({ ctx, input })),
  apiTokens: adminProcedure
    .input(PersonInput)
    .query(({ ctx, input }) => listPersonApiTokens({ ctx, input })),
  revokeApiToken: adminProcedure
    .input(RevokePersonApiTokenInput)
    .mutation(({ ctx, input }) => revokePersonApiToken({ ctx, input })),
  auditEvents: adminProcedure
    .input(AuditEventsInput)
    .query(({ ctx, input }) => listAuditEvents({ ctx, input })),
  /** The conversation of an open message report; each reading is audited. */
  reportedConversation: adminProcedure
    .input(ReportIdInput)
    .query(({ ctx, input }) => readReportedConversation({ ctx, input })),
});
