import "server-only";

import { ConflictError } from "~/server/domain/errors";
import { formatDeadline } from "~/shared/format/hours";
import type { WeekReading } from "./week-state";

/** Why the client cannot approve or dispute a week that is not waiting for their review. */
export function reviewRefusal(reading: WeekReading): ConflictError {
  switch (reading.state) {
    case "open":
      return new ConflictError(
        `This week is still open: the freelancer can log time until ${formatDeadline(reading.closesAt)}.`,
      );
    case "approved":
      return new ConflictError("This week is already approved.");
    case "auto_approved":
      return new ConflictError(
        `This week already counts as approved: its review period ended on ${formatDeadline(reading.reviewEndsAt!)}.`,
      );
    case "disputed":
      return new ConflictError(
        "You disputed this week: it comes back to you when the freelancer resubmits it.",
      );
    case "submitted":
      return new ConflictError("This week is waiting for your review.");
  }
}
