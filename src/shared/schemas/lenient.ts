import { z } from "zod";

/**
 * Reads search parameters from a URL the way a person expects: every field that makes sense
 * is kept, every one that does not is dropped and named, and the page never fails because of
 * a hand-edited or stale link. Fields are checked one by one against the schema's own rules.
 */
export function parseLeniently<Shape extends z.ZodRawShape>(
  schema: z.ZodObject<Shape>,
  raw: Partial<Record<keyof Shape & string, unknown>>,
): { data: z.output<z.ZodObject<Shape>>; ignored: (keyof Shape & string)[] } {
  const kept: Record<string, unknown> = {};
  const ignored: (keyof Shape & string)[] = [];
  for (const key of Object.keys(schema.shape) as (keyof Shape & string)[]) {
    const value = raw[key];
    if (value === undefined) continue;
    if (z.safeParse(schema.shape[key]!, value).success) kept[key] = value;
    else ignored.push(key);
  }
  const whole = schema.safeParse(kept);
  if (whole.success) return { data: whole.data, ignored };
  // A rule across fields failed: fall back to the defaults and say that all of it was ignored.
  return { data: schema.parse({}), ignored: Object.keys(kept) as (keyof Shape & string)[] };
}

/** A search box never refuses a long paste: it keeps the first `max` characters. */
export function clipped(text: string, max: number) {
  return Array.from(text).slice(0, max).join("");
}
