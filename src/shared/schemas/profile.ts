import { z } from "zod";

import "./messages";

import { apiCurrency, apiMinor, apiTime } from "./api-output";
import { currencies, minorAmount } from "./project";

/** Shared by forms, procedures and the database schema: no server imports here. */

export const availabilities = ["available", "limited", "unavailable"] as const;
export type Availability = (typeof availabilities)[number];

/**
 * A link a person clicks on a public page: http(s) only, so `javascript:` and `data:` URLs
 * never reach an href.
 */
export const webLink = z
  .url({ protocol: /^https?$/, hostname: z.regexes.domain, error: "Enter a full link (https://…)" })
  .max(500, { error: "Use at most 500 characters" });

const quoted = (text: string) => `“${text.length > 60 ? `${text.slice(0, 57)}…` : text}”`;

/**
 * Links typed one per line. A refusal is one sentence quoting the links that are not full web
 * links, so a person with two bad lines among five knows which ones to fix.
 */
export function webLinkList(max: number) {
  return z
    .array(z.string().trim().max(500, { error: "Keep each link under 500 characters." }))
    .max(max, { error: `Add at most ${max} links.` })
    .superRefine((links, ctx) => {
      const bad = links.filter((link) => !webLink.safeParse(link).success);
      if (bad.length === 0) return;
      const list =
        bad.length === 1
          ? quoted(bad[0]!)
          : `${bad.slice(0, -1).map(quoted).join(", ")} and ${quoted(bad.at(-1)!)}`;
      ctx.addIssue({
        code: "custom",
        message: `Use full links starting with https:// — ${list} ${bad.length === 1 ? "is" : "are"} not.`,
      });
    });
}

/** An optional link: empty means none. Accepts what it returns, so a saved value resubmits. */
const optionalWebLink = z
  .string()
  .trim()
  .nullable()
  .transform((value) => (value ? value : null))
  .pipe(webLink.nullable());

export const PortfolioItemInput = z.object({
  title: z
    .string()
    .trim()
    .min(3, { error: "Name the piece of work" })
    .max(120, { error: "Use at most 120 characters" }),
  description: z.string().trim().max(1_000, { error: "Use at most 1,000 characters" }),
  url: optionalWebLink,
  /** A picture of the work, uploaded for the portfolio. */
  imageFileId: z.string().trim().min(1).max(64).nullish(),
});

export const MAX_PORTFOLIO_ITEMS = 12;

export const SaveFreelancerProfileInput = z.object({
  headline: z
    .string()
    .trim()
    .min(10, { error: "Use at least 10 characters: say what you do" })
    .max(120, { error: "Use at most 120 characters" }),
  bio: z.string().trim().max(5_000, { error: "Use at most 5,000 characters" }),
  hourlyRateMinor: minorAmount,
  currency: z.enum(currencies),
  availability: z.enum(availabilities),
  location: z.string().trim().max(80, { error: "Use at most 80 characters" }),
  skillIds: z
    .array(z.number().int().positive())
    .min(1, { error: "Choose at least one skill" })
    .max(15, { error: "Choose at most 15 skills" })
    .refine((ids) => new Set(ids).size === ids.length, { error: "Each skill once" }),
  portfolio: z
    .array(PortfolioItemInput)
    .max(MAX_PORTFOLIO_ITEMS, { error: `At most ${MAX_PORTFOLIO_ITEMS} portfolio items` })
    .default([]),
});
export type SaveFreelancerProfileInput = z.input<typeof SaveFreelancerProfileInput>;

export const SaveClientProfileInput = z.object({
  companyName: z.string().trim().max(120, { error: "Use at most 120 characters" }),
  about: z.string().trim().max(5_000, { error: "Use at most 5,000 characters" }),
  website: optionalWebLink,
  location: z.string().trim().max(80, { error: "Use at most 80 characters" }),
});
export type SaveClientProfileInput = z.input<typeof SaveClientProfileInput>;

export const ProfileByIdInput = z.object({ id: z.string().trim().min(1).max(64) });

export const FREELANCERS_PAGE_SIZE = 20;

/** Search over freelancers; lives in the URL like the project search. */
export const SearchFreelancersInput = z.object({
  q: z.string().trim().max(200).default(""),
  skills: z.array(z.string().max(60)).max(10).default([]),
  availableOnly: z.boolean().default(false),
  page: z.number().int().min(1).max(500).default(1),
});
export type SearchFreelancersInput = z.input<typeof SearchFreelancersInput>;

/** The freelancer's own profile as they last saved it; null before they have saved one. */
export const MyFreelancerProfileOutput = z
  .object({
    userId: z.string(),
    headline: z.string(),
    bio: z.string(),
    hourlyRateMinor: apiMinor,
    currency: apiCurrency,
    availability: z.enum(availabilities),
    location: z.string(),
    skillIds: z.array(z.number().int()),
    portfolio: z.array(
      z.object({
        title: z.string(),
        description: z.string(),
        url: z.string().nullable(),
        imageFileId: z.string().nullable(),
      }),
    ),
    completedContracts: z.number().int(),
    reviewCount: z.number().int(),
    ratingTotal: z.number().int(),
    createdAt: apiTime,
    updatedAt: apiTime,
  })
  .nullable();

/** The client's own company profile; null before they have saved one. */
export const MyClientProfileOutput = z
  .object({
    userId: z.string(),
    companyName: z.string(),
    about: z.string(),
    website: z.string().nullable(),
    location: z.string(),
    createdAt: apiTime,
    updatedAt: apiTime,
  })
  .nullable();

/** Which profile was saved (read it back with GET). */
export const SavedProfileOutput = z.object({ id: z.string() });
