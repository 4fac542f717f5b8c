/**
 * What a personal access token may do: read or write, per area. Write includes read. Every
 * procedure a token may call names the one scope it needs (its `scope` meta); a procedure
 * with none is for the browser session only.
 */
export const apiAreas = [
  "projects",
  "proposals",
  "contracts",
  "messages",
  "notifications",
  "profile",
  "earnings",
] as const;
export type ApiArea = (typeof apiAreas)[number];

export const apiAccessLevels = ["read", "write"] as const;
export type ApiAccessLevel = (typeof apiAccessLevels)[number];

export type ApiScope = `${ApiArea}:${ApiAccessLevel}`;
export const apiScopes = apiAreas.flatMap((area) =>
  apiAccessLevels.map((level) => `${area}:${level}` as ApiScope),
);

export const apiAreaLabels: Record<ApiArea, string> = {
  projects: "Projects",
  proposals: "Proposals",
  contracts: "Contracts and milestones",
  messages: "Messages",
  notifications: "Notifications",
  profile: "Profile",
  earnings: "Earnings and invoices",
};

/** Whether a token holding `held` may use a procedure needing `needed` (write includes read). */
export function scopeCovers(held: readonly ApiScope[], needed: ApiScope): boolean {
  if (held.includes(needed)) return true;
  const [area, level] = needed.split(":") as [ApiArea, ApiAccessLevel];
  return level === "read" && held.includes(`${area}:write`);
}

/** Tokens live at most a year. */
export const API_TOKEN_MAX_DAYS = 365;
export const apiTokenLifetimes = [7, 30, 90, 365] as const;
