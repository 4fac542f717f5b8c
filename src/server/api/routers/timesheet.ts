import { approveWeek } from "~/server/domain/timesheet/approve-week";
import { deleteTimeEntry } from "~/server/domain/timesheet/delete-time-entry";
import { disputeWeek } from "~/server/domain/timesheet/dispute-week";
import { editTimeEntry } from "~/server/domain/timesheet/edit-time-entry";
import { getTimesheet } from "~/server/domain/timesheet/get-timesheet";
import { logTime } from "~/server/domain/timesheet/log-time";
import { setWeeklyLimit } from "~/server/domain/timesheet/set-weekly-limit";
import { submitWeek } from "~/server/domain/timesheet/submit-week";
import {
  DisputeWeekInput,
  EditTimeEntryInput,
  LogTimeInput,
  SetWeeklyLimitInput,
  TimeEntryActionInput,
  TimesheetInput,
  WeekActionInput,
} from "~/shared/schemas/timesheet";
import { createTRPCRouter, protectedProcedure } from "../trpc";

/** Hourly contracts' timesheets: the domain checks which party the actor is for each action. */
export const timesheetRouter = createTRPCRouter({
  get: protectedProcedure
    .input(TimesheetInput)
    .query(({ ctx, input }) => getTimesheet({ ctx, input })),
  logTime: protectedProcedure
    .input(LogTimeInput)
    .mutation(({ ctx, input }) => logTime({ ctx, input })),
  editEntry: protectedProcedure
    .input(EditTimeEntryInput)
    .mutation(({ ctx, input }) => editTimeEntry({ ctx, input })),
  deleteEntry: protectedProcedure
    .input(TimeEntryActionInput)
    .mutation(({ ctx, input }) => deleteTimeEntry({ ctx, input })),
  submitWeek: protectedProcedure
    .input(WeekActionInput)
    .mutation(({ ctx, input }) => submitWeek({ ctx, input })),
  approveWeek: protectedProcedure
    .meta({ idempotent: true })
    .input(WeekActionInput)
    .mutation(({ ctx, input }) => approveWeek({ ctx, input })),
  disputeWeek: protectedProcedure
    .input(DisputeWeekInput)
    .mutation(({ ctx, input }) => disputeWeek({ ctx, input })),
  setWeeklyLimit: protectedProcedure
    .input(SetWeeklyLimitInput)
    .mutation(({ ctx, input }) => setWeeklyLimit({ ctx, input })),
});
