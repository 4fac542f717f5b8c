import type { Database } from "~/server/db/client";
import { databaseFingerprint } from "./db-snapshot";

/**
 * Moments the timesheet tests act at. The week of Monday 2030-01-07 runs to Monday 2030-01-14
 * 00:00 UTC; logging for it closes Tuesday 2030-01-15 00:00 UTC; its first review period
 * ends Saturday 2030-01-19 00:00 UTC.
 */
export const moment = (iso: string) => new Date(iso);
export const WEDNESDAY = moment("2030-01-09T12:00:00Z");
export const THIS_MONDAY = "2030-01-07";
export const NEXT_MONDAY_NOON = moment("2030-01-14T12:00:00Z");
export const NEXT_TUESDAY = moment("2030-01-15T09:00:00Z");
export const REVIEW_ENDS = moment("2030-01-19T00:00:00Z");
export const AFTER_REVIEW = moment("2030-01-19T00:00:01Z");

/** An entry's fields, `minutes` long on `workDate`. */
export const entry = (workDate: string, minutes: number, description = "Booking flow screens") => ({
  workDate,
  minutes,
  description,
});

/** Runs `call`, which must be refused with `code`, and says whether the database changed. */
export async function refusedWithoutChange(db: Database, call: () => Promise<unknown>) {
  const fingerprint = await databaseFingerprint(db);
  const before = await fingerprint();
  const code = await call().then(
    () => "OK",
    (error: { code?: string; message?: string }) => error.code ?? String(error),
  );
  return { code, unchanged: (await fingerprint()) === before };
}

/** The message of a refused call. */
export async function refusal(call: () => Promise<unknown>) {
  return call().then(
    () => "accepted",
    (error: { message: string }) => error.message,
  );
}
