import { z } from "zod";

/**
 * Building blocks for the explicit output schemas of procedures served over REST. They
 * describe what a REST caller receives: JSON, where a time is an ISO 8601 string (the tRPC
 * client gets a Date for the same field) and money is integer minor units beside a currency.
 */

/** A moment: a Date in the procedure, an ISO 8601 string in REST's JSON. */
export const apiTime = z.date().meta({
  override: { type: "string", format: "date-time" },
  description: "A time, as ISO 8601 in UTC (a Date for tRPC callers).",
});

/** Money in the currency's minor units (cents), never a float. */
export const apiMinor = z.number().int().meta({ description: "Integer minor units (cents)." });

export const apiCurrency = z.string().length(3).meta({ description: "ISO 4217 code, e.g. USD." });

/** A page of a list: pass `nextCursor` back as `cursor` for the next page; null on the last. */
export function apiPage<T extends z.ZodType>(item: T) {
  return z.object({
    items: z.array(item),
    nextCursor: z
      .string()
      .nullable()
      .meta({ description: "Pass as `cursor` for the next page; null on the last page." }),
  });
}

/** The input every cursor-paged list takes. */
export const apiPageInput = {
  cursor: z
    .string()
    .max(200)
    .optional()
    .meta({ description: "The `nextCursor` of the previous page; absent for the first." }),
  limit: z.number().int().min(1).max(100).default(20),
};
