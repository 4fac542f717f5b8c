import { experienceLabel } from "~/shared/format/labels";
import { formatMoney } from "~/shared/format/money";
import { searchInputFrom, searchValuesFrom } from "~/shared/project-search-url";
import type { BudgetType } from "~/shared/schemas/project";

const budgetTypeLabel: Record<BudgetType, string> = {
  fixed: "Fixed price",
  hourly: "Hourly rate",
};

function postedWithin(days: number) {
  if (days === 1) return "Posted in the last 24 hours";
  if (days === 7) return "Posted in the last week";
  if (days === 30) return "Posted in the last month";
  return `Posted in the last ${days} days`;
}

/**
 * What a saved search looks for, part by part, in words: read from its query the way the
 * /projects page reads its URL, so the summary never names a part the search does not use.
 * Skills are named from the catalogue (`slug → name`); one no longer there keeps its slug.
 */
export function describeSearch(query: string, skillNames: Record<string, string>): string[] {
  const { data } = searchInputFrom(searchValuesFrom(new URLSearchParams(query)));
  const parts: string[] = [];
  if (data.q) parts.push(`“${data.q}”`);
  if (data.skills.length > 0) {
    const names = data.skills.map((slug) => skillNames[slug] ?? slug).join(", ");
    parts.push(`${data.skills.length === 1 ? "Skill" : "Skills"}: ${names}`);
  }
  if (data.budgetType) parts.push(budgetTypeLabel[data.budgetType]);
  if (data.experienceLevel) parts.push(`Level: ${experienceLabel[data.experienceLevel]}`);
  const min = data.minBudgetMinor === undefined ? null : formatMoney(data.minBudgetMinor, "USD");
  const max = data.maxBudgetMinor === undefined ? null : formatMoney(data.maxBudgetMinor, "USD");
  if (min && max) parts.push(`Budget ${min} to ${max}`);
  else if (min) parts.push(`Budget from ${min}`);
  else if (max) parts.push(`Budget up to ${max}`);
  if (data.postedWithinDays) parts.push(postedWithin(data.postedWithinDays));
  return parts.length > 0 ? parts : ["All open projects"];
}
