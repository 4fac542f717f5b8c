import type {
  clientProfiles,
  freelancerProfiles,
  portfolioItems,
} from "~/server/db/schema/profiles";
import { slugify } from "./catalogue";
import type { Specialty } from "./freelancer-specialties";
import { asciiWords } from "./names";
import { hiresFor, organisations, type Organisation } from "./organisations";
import { seedId, type Random } from "./random";

/** The public faces of seeded people: freelancer profiles with skills and work, client profiles. */

const DAY = 24 * 60 * 60 * 1000;

export interface SeededPerson {
  id: string;
  name: string;
  location: string;
  createdAt: number;
}

const euroCountries = [
  "Germany",
  "Austria",
  "France",
  "Belgium",
  "Netherlands",
  "Italy",
  "Spain",
  "Portugal",
  "Ireland",
  "Finland",
];

/** Freelancers quote in the currency of where they live: euros in the euro area, pounds in the UK. */
function currencyFor(location: string) {
  const country = location.split(", ").at(-1) ?? "";
  if (country === "UK") return "GBP";
  return euroCountries.includes(country) ? "EUR" : "USD";
}

const intros = [
  "I'm {role} based in {city}, with {years} years of experience.",
  "Hi, I'm {first}: {role} working from {city} for the past {years} years.",
  "{years} years in, I'm still {role} who enjoys the details. I live and work in {city}.",
];

const outros = [
  "I work best on _long-term collaborations_, but I'm happy to start with a small paid trial.",
  "Currently taking on *one or two* new projects a month.",
  "I reply within a day, and I write things down: you'll always know where your project stands.",
  "Outside client work I mentor junior developers and designers through a local meetup.",
];

const extraPortfolio = [
  "Open-source contributions — Fixes and small features for the tools I use every day.",
  "Personal site and writing — Notes on recent projects and what I learned from them.",
];

function roundTo(value: number, step: number) {
  return Math.max(step, Math.round(value / step) * step);
}

export function freelancerProfile(
  rng: Random,
  person: SeededPerson,
  specialty: Specialty,
  options: { now: number; skillIdBySlug: Map<string, number>; alwaysAvailable?: boolean },
) {
  const years = rng.int(2, 18);
  const city = person.location.split(", ")[0] ?? person.location;
  const fill = (text: string) =>
    text
      .replaceAll("{role}", specialty.role)
      .replaceAll("{city}", city)
      .replaceAll("{years}", String(years))
      .replaceAll("{first}", person.name.split(" ")[0] ?? person.name);
  const bio = [
    fill(rng.pick(intros)),
    "**What I can help with:**",
    rng
      .sample(specialty.strengths, rng.int(2, 3))
      .map((line) => `- ${line}`)
      .join("\n"),
    rng.pick(outros),
  ].join("\n\n");

  const skillCount = rng.int(3, 10);
  const skillNames = [
    ...specialty.core,
    ...rng.sample(specialty.extra, skillCount - specialty.core.length),
  ];
  const skillIds = skillNames.flatMap((name) => options.skillIdBySlug.get(slugify(name)) ?? []);

  const createdAt = person.createdAt + rng.int(0, 3 * DAY);
  const [low, high] = specialty.rate;
  const profile: typeof freelancerProfiles.$inferInsert = {
    userId: person.id,
    headline: rng.pick(specialty.headlines),
    bio,
    // Experience shows in the rate, with some noise: markets are not tidy.
    hourlyRateMinor:
      roundTo(low + (high - low) * Math.min(1, years / 18) * (0.7 + rng.next() * 0.6), 5) * 100,
    currency: currencyFor(person.location),
    availability: options.alwaysAvailable
      ? "available"
      : rng.weighted({ available: 6, limited: 3, unavailable: 1 }),
    location: person.location,
    createdAt: new Date(createdAt),
    updatedAt: new Date(rng.int(createdAt, options.now)),
  };

  const site = `https://${asciiWords(person.name, "-")}.example`;
  const work = rng.sample([...specialty.portfolio, rng.pick(extraPortfolio)], rng.int(0, 4));
  const portfolio = work.map((entry, position): typeof portfolioItems.$inferInsert => {
    const [title = entry, description = ""] = entry.split(" — ");
    return {
      id: seedId(`portfolio:${person.id}:${position}`),
      userId: person.id,
      title,
      description,
      url: rng.chance(0.75) ? `${site}/work/${slugify(title)}` : null,
      position,
      createdAt: new Date(createdAt),
    };
  });

  return { profile, skillIds, portfolio };
}

const companyIntros = [
  "**{company}** is {what}, based in {location}.",
  "We're **{company}**: {what} in {location}.",
  "**{company}** is {what}. Our home is {location}.",
];

const companyFacts = [
  "We're a team of {size}, and we've been around since {founded}.",
  "Founded in {founded}, we're now {size} people.",
  "A team of {size}, growing slowly and on purpose.",
  "",
];

const companyValues = [
  "We reply to every proposal within a couple of days.",
  "We value clear estimates and _honest_ updates over speed.",
  "Most of our projects turn into longer collaborations.",
  "We pay on time and give feedback in writing.",
  "We're happy to start small and build trust from there.",
  "Tell us what you'd do differently: we *like* being challenged.",
];

const personalNotes = [
  "I'm not technical myself, so I value freelancers who *explain their choices* in plain words.",
  "I run everything on my own, so quick, clear answers mean a lot to me.",
  "I'm happy to pay a fair price for work I don't have to redo.",
];

/** A client's profile: a company's, or that of someone hiring for their own small business. */
export function clientProfile(
  rng: Random,
  person: SeededPerson,
  organisation: Organisation,
  companyName: string | null,
  now: number,
): typeof clientProfiles.$inferInsert {
  const { kind, niche } = organisation;
  const hires = rng
    .sample(organisations[kind].categories, 3)
    .map((category) => `- ${hiresFor[category]}`)
    .join("\n");
  // A start-up is a few years old and still small.
  const young = niche.what.includes("start-up");
  const fill = (text: string) =>
    text
      .replaceAll("{company}", companyName ?? "")
      .replaceAll("{what}", niche.what)
      .replaceAll("{location}", person.location)
      .replaceAll("{size}", String(rng.int(3, young ? 25 : 60)))
      .replaceAll("{founded}", String(new Date(now).getUTCFullYear() - rng.int(2, young ? 7 : 25)));
  const about = companyName
    ? [
        [rng.pick(companyIntros), rng.pick(companyFacts)].filter(Boolean).join(" "),
        `We usually hire freelancers for:\n\n${hires}`,
        rng.pick(companyValues),
      ]
    : [
        `I'm ${person.name.split(" ")[0]}, ${niche.what} based in ${person.location}. I hire freelancers for the parts of my ${niche.business} I can't do myself.`,
        rng.pick(personalNotes),
      ];
  const createdAt = person.createdAt + rng.int(0, 5 * DAY);
  return {
    userId: person.id,
    companyName: companyName ?? "",
    about: about.map(fill).join("\n\n"),
    website:
      companyName && rng.chance(0.8) ? `https://${asciiWords(companyName, "-")}.example` : null,
    location: person.location,
    createdAt: new Date(createdAt),
    updatedAt: new Date(rng.int(createdAt, now)),
  };
}
