import { z } from "zod";

/** A stream's input: the last event id the tab saw, which the client sends on reconnect. */
export const StreamInput = z
  .object({
    lastEventId: z
      .string()
      .regex(/^\d{1,15}$/, { message: "The last event id must be a number." })
      .nullish(),
  })
  // Only what the browser's link sends: anything else is refused, never a stream.
  .strict()
  .nullish();
