import { parseMoneyToMinor } from "~/shared/format/money";
import { clipped, parseLeniently } from "~/shared/schemas/lenient";
import { SearchProjectsInput } from "~/shared/schemas/project";

/**
 * A `/projects` search as it lives in the URL (`q`, `skills`, `type`, `level`, `posted`,
 * `min`, `max`, `sort`, `after`), and how it becomes the search's input. The page and saved
 * searches read it the same way.
 */
export const SEARCH_KEYS = [
  "q",
  "type",
  "level",
  "posted",
  "sort",
  "skills",
  "min",
  "max",
  "after",
] as const;
export type SearchKey = (typeof SEARCH_KEYS)[number];
export type SearchValues = Partial<Record<SearchKey, string>>;

export const SEARCH_WORDS_MAX = 200;

type Params = Record<string, string | string[] | undefined> | URLSearchParams;

/** The search's own parameters, each once and non-empty; anything else is left out. */
export function searchValuesFrom(params: Params): SearchValues {
  const get = (key: string) => (params instanceof URLSearchParams ? params.get(key) : params[key]);
  return Object.fromEntries(
    SEARCH_KEYS.flatMap((key) => {
      const value = get(key);
      return typeof value === "string" && value ? [[key, value]] : [];
    }),
  );
}

/**
 * The search input for URL values, keeping what makes sense and naming what does not.
 * Budgets are typed in whole units and compared in cents; one that is not an amount is NaN,
 * which the schema refuses, so it is named rather than silently dropped.
 */
export function searchInputFrom(values: SearchValues) {
  const amount = (text: string | undefined) =>
    text === undefined ? undefined : (parseMoneyToMinor(text, "USD") ?? Number.NaN);
  return parseLeniently(SearchProjectsInput, {
    q: clipped(values.q ?? "", SEARCH_WORDS_MAX),
    skills: values.skills?.split(",").filter(Boolean),
    budgetType: values.type,
    experienceLevel: values.level,
    postedWithinDays: values.posted === undefined ? undefined : Number(values.posted),
    minBudgetMinor: amount(values.min),
    maxBudgetMinor: amount(values.max),
    sort: values.sort,
    cursor: values.after,
  });
}

/** A search to keep: its values without the page position, in a stable order. */
export function savedSearchQuery(values: SearchValues): string {
  const kept = new URLSearchParams();
  for (const key of SEARCH_KEYS) {
    const value = values[key];
    if (key !== "after" && value) kept.set(key, value);
  }
  return kept.toString();
}
