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

type SearchPart = keyof typeof SearchProjectsInput.shape;

const PART_LABELS: Partial<Record<SearchPart, string>> = {
  skills: "skills",
  budgetType: "budget type",
  experienceLevel: "experience level",
  postedWithinDays: "posted within",
  minBudgetMinor: "minimum budget",
  maxBudgetMinor: "maximum budget",
  sort: "sort order",
  cursor: "the page position",
};

/**
 * The parts of a search that were left out, as a person reads them: the page's notice and a
 * saved search that is refused name them the same way. Words past the limit are clipped, and
 * named when `q` is given.
 */
export function ignoredSearchParts(ignored: readonly SearchPart[], q = "") {
  const labels = ignored.map((key) => PART_LABELS[key] ?? key);
  if (Array.from(q).length > SEARCH_WORDS_MAX)
    labels.unshift(`search words past ${SEARCH_WORDS_MAX} characters`);
  return labels;
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
