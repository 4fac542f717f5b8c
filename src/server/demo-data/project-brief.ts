import type { DemoScenario } from "./demo-scenarios";
import {
  categoryWeights,
  organisationKinds,
  organisations,
  type Organisation,
  type OrganisationKind,
  type WorkCategory,
} from "./organisations";
import { poolAt, type Pool } from "./people";
import { languages, projectTemplates, type ProjectTemplate } from "./project-templates";
import { randomFor, type Random } from "./random";

/**
 * Who posts a project and what it says: a client, a brief their kind of organisation would
 * write, and its title and description in their words. Drawn from a stream of its own
 * (`brief:<index>`), so tests can tell which template a seeded project came from without
 * planning the rest of it, and the brief never shifts what the project draws after it.
 */

/** A template fits an organisation that hires for its category (and is among its `only`). */
export function templateFits(template: ProjectTemplate, kind: OrganisationKind) {
  return (
    organisations[kind].categories.includes(template.category) &&
    (template.only?.includes(kind) ?? true) &&
    (template.personal === true) === (kind === "individual")
  );
}

/** For each kind of organisation: the templates it may post, by category, and how often each category comes up. */
const briefsByKind = new Map(
  organisationKinds.map((kind) => {
    const byCategory = new Map<WorkCategory, ProjectTemplate[]>();
    for (const template of projectTemplates.filter((t) => templateFits(t, kind)))
      byCategory.set(template.category, [...(byCategory.get(template.category) ?? []), template]);
    const weights = Object.fromEntries(
      [...byCategory.keys()].map((category) => [category, categoryWeights[category]]),
    ) as Record<WorkCategory, number>;
    return [kind, { byCategory, weights }];
  }),
);

/**
 * Whether a template makes the contract a scenario needs: ongoing hourly work for an hourly
 * contract, a fixed price for milestones or a contract ended early.
 */
function suits(template: ProjectTemplate, scenario: DemoScenario | undefined) {
  if (scenario?.hourly)
    return (
      template.budgetType === "hourly" &&
      ["3_to_6_months", "over_6_months"].includes(template.duration)
    );
  if (scenario?.milestones || scenario?.ended) return template.budgetType === "fixed";
  return true;
}

/** The templates an organisation of this kind may post. */
export const templatesFor = (kind: OrganisationKind) =>
  [...(briefsByKind.get(kind)?.byCategory.values() ?? [])].flat();

export interface ProjectBrief {
  template: ProjectTemplate;
  clientId: string;
  organisation: Organisation;
  title: string;
  description: string;
  /** The deliverables this project lists, in the template's order. */
  deliverables: string[];
}

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/**
 * Puts an organisation's words into a template's text: `{word}` becomes its value, `{Word}`
 * its value capitalised. A word the organisation has no value for is a mistake in the
 * template, and throws.
 */
export function fillerFor(organisation: Organisation, language: string) {
  const { niche } = organisation;
  const values: Record<string, string> = {
    business: niche.business,
    offer: niche.offer,
    audience: niche.audience,
    what: niche.what,
    team: organisations[organisation.kind].team,
    city: organisation.city,
    language,
  };
  return (text: string) =>
    text.replace(/\{(\w+)\}/g, (_, key: string) => {
      const value = values[key.toLowerCase()];
      if (value === undefined) throw new Error(`Unknown placeholder {${key}} in "${text}"`);
      return key === key.toLowerCase() ? value : capitalise(value);
    });
}

const voices = {
  organisation: {
    context: [
      "We're based in {city} and happy to work with someone remote.",
      "Our {team} will be your main contact, and we answer questions within a day.",
      "We've hired freelancers before and prefer short written updates to long meetings.",
      "This is our first time hiring on Guild, so tell us if the scope looks off.",
      "",
      "",
    ],
    headings: [
      "What we need:",
      "Scope:",
      "Deliverables:",
      "What you'd deliver:",
      "The work includes:",
    ],
    practical: [
      "Ideally we'd start within the next two weeks.",
      "The budget has some room for the right person.",
      "A weekly check-in is plenty for us.",
      "Please mention your availability over the next month.",
      "",
      "",
    ],
    asks: [
      "Please include one or two examples of similar work in your proposal.",
      "Tell us briefly how you would approach this and what you would need from us.",
      "In your proposal, tell us about a similar project and how it went.",
      "A rough plan and an honest estimate matter more to us than a long CV.",
      "Questions are welcome before you send a proposal.",
    ],
  },
  person: {
    context: [
      "I'm based in {city}, but remote is fine.",
      "I'm happy to answer questions by message, usually the same day.",
      "",
    ],
    headings: ["What I need:", "What I'd like:", "Scope:"],
    practical: [
      "I'd like to get started this month.",
      "My budget is firm, but the timing is flexible.",
      "",
    ],
    asks: [
      "Please show me one or two examples of similar work.",
      "Tell me how you'd go about it; I'm happy to answer questions first.",
      "Explain your plan in plain words, please: I'm not an expert.",
    ],
  },
};

/** Three or four of the template's deliverables, in their order. */
function someDeliverables(rng: Random, all: string[]) {
  const count = Math.min(all.length, rng.int(3, 4));
  const keep = new Set(rng.sample(all, count));
  return all.filter((d) => keep.has(d));
}

/**
 * The brief of project `index`: its client (the demo client for the scenarios that say so,
 * else any client who had joined by then), a kind of work that client hires for, a template
 * of that kind, and the words of the client's niche.
 */
export function planBrief(
  index: number,
  pool: Pool,
  scenario: DemoScenario | undefined,
): ProjectBrief {
  const rng = randomFor(`brief:${index}`);
  const clientIndex =
    scenario?.owner === "demo client"
      ? pool.demoClientIndex
      : rng.int(0, poolAt(pool, index).clients - 1);
  const organisation = pool.organisations[clientIndex] as Organisation;
  const { byCategory, weights } = briefsByKind.get(organisation.kind)!;
  const drawn = rng.pick(byCategory.get(rng.weighted(weights)) ?? []);
  // A scenario that needs a contract of one kind (hourly, or fixed with milestones) takes the
  // first template of its organisation's kind that makes one.
  const template = suits(drawn, scenario)
    ? drawn
    : (templatesFor(organisation.kind).find((t) => suits(t, scenario)) ?? drawn);
  const fill = fillerFor(organisation, rng.pick(languages));
  const voice = template.personal ? voices.person : voices.organisation;
  const deliverables = someDeliverables(rng, template.deliverables).map(fill);
  const description = [
    [rng.pick(template.briefs), rng.pick(voice.context)].filter(Boolean).join(" "),
    rng.pick(voice.headings),
    deliverables.map((d) => `- ${d}`).join("\n"),
    [rng.pick(voice.practical), rng.pick(voice.asks)].filter(Boolean).join(" "),
  ].map(fill);
  return {
    template,
    clientId: pool.clientIds[clientIndex] as string,
    organisation,
    title: fill(rng.pick(template.titles)),
    description: description.join("\n\n"),
    deliverables,
  };
}
