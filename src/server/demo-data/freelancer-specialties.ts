import { engineeringSpecialties } from "./engineering-specialties";
import { operationsSpecialties } from "./operations-specialties";

/**
 * What a seeded freelancer does. A specialty keeps a profile coherent: its skills go together,
 * and its headline, bio points, portfolio and rate all speak of the same trade.
 */
export interface Specialty {
  /** "a front-end developer": how the bio introduces the person. */
  role: string;
  /** Skills every such freelancer lists (catalogue names). */
  core: string[];
  /** Skills some of them add, in no particular order. */
  extra: string[];
  headlines: string[];
  strengths: string[];
  /** "Title — what it was", as shown on the profile. */
  portfolio: string[];
  /** Hourly rate band in whole units. */
  rate: [number, number];
}

const designAndWritingSpecialties: Specialty[] = [
  {
    role: "a product designer",
    core: ["UI design", "Figma"],
    extra: ["UX research", "Brand identity", "Illustration", "Motion design", "HTML & CSS"],
    headlines: [
      "Product designer: research, flows and polished UI in Figma",
      "UI/UX designer for SaaS dashboards and onboarding",
      "Designing calm, usable interfaces for complicated products",
    ],
    strengths: [
      "User interviews and usability tests that change decisions",
      "Design systems in **Figma** that developers actually use",
      "Onboarding flows that get people to their first success",
    ],
    portfolio: [
      "Onboarding redesign for a payroll app — Activation up 22% after two rounds of testing.",
      "Design system for a logistics platform — Tokens, components and usage docs in Figma.",
      "Patient portal research — Twelve interviews and a prioritised list of fixes.",
    ],
    rate: [35, 130],
  },
  {
    role: "a brand designer and illustrator",
    core: ["Brand identity", "Illustration"],
    extra: [
      "Motion design",
      "Figma",
      "UI design",
      "Copywriting",
      "Packaging design",
      "Presentation design",
    ],
    headlines: [
      "Brand designer: logos, type and colour with a story behind them",
      "Illustrator for brands, books and product launches",
      "Warm, hand-drawn brand identities for independent businesses",
    ],
    strengths: [
      "Logos and visual identities from first sketch to brand guide",
      "Editorial and product **illustration**",
      "Packaging and social media templates",
    ],
    portfolio: [
      "Identity for a tea company — Logo, packaging and a twelve-page brand guide.",
      "Children's book illustrations — Twenty spreads in gouache and pencil.",
      "Launch animation — A 30-second motion piece for a product launch.",
    ],
    rate: [30, 110],
  },
  {
    role: "a copywriter and content strategist",
    core: ["Copywriting", "Content strategy"],
    extra: ["SEO", "Email marketing", "Technical writing", "Proofreading", "Grant writing"],
    headlines: [
      "Copywriter: clear, friendly words that sell without shouting",
      "Content strategist for B2B SaaS and e-commerce",
      "Email and landing page copy that gets read to the end",
    ],
    strengths: [
      "Landing pages and launch emails in your brand's voice",
      "SEO content plans built on what people actually search for",
      "Turning expert knowledge into plain, useful articles",
    ],
    portfolio: [
      "Launch campaign for a skincare brand — Landing page and five emails; 41% open rate.",
      "Content plan for an HR tool — Forty articles over six months; organic traffic tripled.",
      "Website rewrite for an accounting firm — Jargon out, enquiries up.",
    ],
    rate: [25, 100],
  },
  {
    role: "a technical writer and translator",
    core: ["Technical writing"],
    extra: ["REST APIs", "Translation", "Copywriting", "Content strategy", "JavaScript"],
    headlines: [
      "Technical writer: API docs developers read and trust",
      "Documentation and translation for software products",
      "Turning engineers' notes into clear guides and references",
    ],
    strengths: [
      "API references and getting-started guides with working examples",
      "Docs-as-code with Markdown, reviews and versioning",
      "Translation with a consistent glossary across releases",
    ],
    portfolio: [
      "Public API docs for a payments company — Guides, reference and runnable examples.",
      "Help centre translation — 120 articles translated with a shared glossary.",
      "Developer onboarding guide — New engineers ship on day two instead of week two.",
    ],
    rate: [35, 110],
  },
];

const videoSpecialties: Specialty[] = [
  {
    role: "a video editor and motion designer",
    core: ["Video editing", "Motion design"],
    extra: ["Subtitling", "Podcast editing", "Illustration", "Social media marketing"],
    headlines: [
      "Video editor: short-form clips, explainers and event films",
      "Motion designer who makes complicated things look simple",
      "Fast, friendly video editing with a consistent look",
    ],
    strengths: [
      "Turning hours of footage into a **three-minute** story",
      "Captioned clips for Reels, Shorts and TikTok every week",
      "Explainer animations from script to sound mix",
    ],
    portfolio: [
      "Event film for a design festival — Six hours of footage into three minutes.",
      "Explainer for a payroll start-up — 75 seconds, now on their homepage.",
      "Weekly clips for a climbing gym — Four captioned videos a week for a year.",
    ],
    rate: [25, 90],
  },
];

export const specialties: Specialty[] = [
  ...engineeringSpecialties,
  ...designAndWritingSpecialties,
  ...videoSpecialties,
  ...operationsSpecialties,
];
