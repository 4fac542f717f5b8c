import type { BudgetType, ExperienceLevel, ProjectDuration } from "~/shared/schemas/project";

/**
 * Realistic project briefs the seed draws from. Each names its skills by catalogue name
 * and a budget band in whole currency units; the seed varies wording, dates and amounts.
 */
export interface ProjectTemplate {
  title: string;
  brief: string;
  deliverables: string[];
  skills: string[];
  budgetType: BudgetType;
  /** Whole units: fixed price for the project, or per hour. */
  band: [number, number];
  level: ExperienceLevel;
  duration: ProjectDuration;
}

export const projectTemplates: ProjectTemplate[] = [
  {
    title: "Rebuild our {product} storefront on Shopify",
    brief:
      "We sell {product} online and our current store is slow on phones and hard for our team to update. We want a clean Shopify theme that matches our brand, with fast product pages and a simpler checkout.",
    deliverables: [
      "Custom theme built from our Figma files",
      "Product filters by size and colour",
      "Migration of 300 products and customer accounts",
      "A short handover video for our team",
    ],
    skills: ["Shopify", "HTML & CSS", "JavaScript", "UI design"],
    budgetType: "fixed",
    band: [2500, 6000],
    level: "intermediate",
    duration: "1_to_3_months",
  },
  {
    title: "React Native app for {audience} appointment booking",
    brief:
      "We run a small network of clinics and want {audience} to book, move and cancel appointments from their phone. The backend API exists and is documented; we need the mobile app.",
    deliverables: [
      "iOS and Android builds from one codebase",
      "Sign-in, booking calendar, reminders by push notification",
      "Accessibility pass (VoiceOver and TalkBack)",
      "Store submission support",
    ],
    skills: ["React Native", "TypeScript", "iOS", "Android"],
    budgetType: "fixed",
    band: [8000, 18000],
    level: "expert",
    duration: "3_to_6_months",
  },
  {
    title: "Fix slow PostgreSQL queries in our {product} shop's reporting dashboard",
    brief:
      "Our internal dashboard takes 20+ seconds to load monthly reports. We suspect missing indexes and a couple of N+1 queries in our Django app. Looking for someone who can profile, fix, and explain what they changed.",
    deliverables: [
      "Profiling report with the top offenders",
      "Index and query changes as a reviewed pull request",
      "Before/after timings",
    ],
    skills: ["PostgreSQL", "Python", "Django"],
    budgetType: "hourly",
    band: [60, 110],
    level: "expert",
    duration: "under_1_week",
  },
  {
    title: "Brand identity for a new {product} company",
    brief:
      "We're launching a {product} brand next spring and need a visual identity that feels warm and trustworthy. We have a name and a rough mood board, nothing else.",
    deliverables: [
      "Logo with variations",
      "Colour palette and type choices",
      "A 10-page brand guide",
      "Social media templates",
    ],
    skills: ["Brand identity", "Illustration", "Figma"],
    budgetType: "fixed",
    band: [1500, 4500],
    level: "intermediate",
    duration: "1_to_4_weeks",
  },
  {
    title: "Technical writer for our public API documentation",
    brief:
      "Our REST API has grown to 80 endpoints and the docs haven't kept up. We need someone who can read OpenAPI specs, talk to our engineers, and write guides that developers actually finish.",
    deliverables: [
      "Getting-started guide",
      "Reference pages reviewed against the spec",
      "Three end-to-end tutorials",
      "A style guide for future docs",
    ],
    skills: ["Technical writing", "REST APIs"],
    budgetType: "hourly",
    band: [45, 85],
    level: "intermediate",
    duration: "1_to_3_months",
  },
  {
    title: "Terraform and CI/CD for a small {product} shop on AWS",
    brief:
      "Everything in our AWS account was clicked together by hand. We want it in Terraform, with a GitHub Actions pipeline that deploys our two services on merge, and a staging environment.",
    deliverables: [
      "Terraform modules for VPC, ECS services and RDS",
      "CI/CD pipeline with staging and production",
      "Runbook for common operations",
    ],
    skills: ["Terraform", "AWS", "CI/CD", "Docker"],
    budgetType: "fixed",
    band: [4000, 9000],
    level: "expert",
    duration: "1_to_3_months",
  },
  {
    title: "Landing page copy for our {product} launch",
    brief:
      "We need persuasive, plain-spoken copy for a launch landing page and three follow-up emails. Our audience is {audience}; tone is friendly, not salesy.",
    deliverables: [
      "Landing page copy (hero, features, FAQ)",
      "Three launch emails",
      "Two rounds of revisions",
    ],
    skills: ["Copywriting", "Email marketing", "Content strategy"],
    budgetType: "fixed",
    band: [600, 1800],
    level: "intermediate",
    duration: "under_1_week",
  },
  {
    title: "Next.js developer to build a customer portal for our {product} business",
    brief:
      "Our customers currently email us for invoices and usage reports. We want a portal where they sign in, see their usage, download invoices and manage their team. Design is done in Figma.",
    deliverables: [
      "Next.js app with sign-in and team management",
      "Usage charts and invoice downloads",
      "Tests for the main flows",
      "Deployment on our infrastructure",
    ],
    skills: ["Next.js", "React", "TypeScript", "Tailwind CSS"],
    budgetType: "hourly",
    band: [55, 95],
    level: "expert",
    duration: "3_to_6_months",
  },
  {
    title: "UX research: interviews with {audience}",
    brief:
      "Before we redesign our onboarding we want to understand why {audience} drop off in the first week. We need someone to plan and run 12 interviews and synthesise what they hear.",
    deliverables: [
      "Research plan and screener",
      "12 recorded interviews",
      "Synthesis with prioritised findings",
    ],
    skills: ["UX research"],
    budgetType: "fixed",
    band: [3000, 7000],
    level: "expert",
    duration: "1_to_4_weeks",
  },
  {
    title: "Data pipeline from our {product} shop to a warehouse",
    brief:
      "Orders, refunds and ad spend live in three different tools. We want a nightly pipeline into a warehouse and a handful of clean tables our analysts can query.",
    deliverables: [
      "Extraction jobs for three sources",
      "Modelled tables with documentation",
      "Alerting when a job fails",
    ],
    skills: ["Data engineering", "Python", "PostgreSQL"],
    budgetType: "hourly",
    band: [50, 90],
    level: "intermediate",
    duration: "1_to_3_months",
  },
  {
    title: "WordPress site refresh and speed tune-up for a {product} brand",
    brief:
      "Our WordPress site for {audience} is five years old, scores poorly on Core Web Vitals and has a dozen plugins nobody remembers installing. We'd like it faster, safer and a bit more modern.",
    deliverables: [
      "Plugin audit and clean-up",
      "Theme refresh based on our new colours",
      "Performance fixes with before/after scores",
    ],
    skills: ["WordPress", "PHP", "SEO"],
    budgetType: "fixed",
    band: [800, 2500],
    level: "entry",
    duration: "1_to_4_weeks",
  },
  {
    title: "Flutter app: offline-first field inspections for {audience}",
    brief:
      "Our inspectors work in basements and rural sites with no signal. We need a Flutter app that records checklists and photos offline and syncs when back online.",
    deliverables: [
      "Offline storage and sync",
      "Checklist builder driven by our API",
      "Photo capture with annotations",
    ],
    skills: ["Flutter", "Android", "iOS", "REST APIs"],
    budgetType: "fixed",
    band: [9000, 20000],
    level: "expert",
    duration: "3_to_6_months",
  },
  {
    title: "Translate our help centre into {language}",
    brief:
      "About 120 help articles (roughly 60,000 words) need translating into {language}. Some are technical. We'd like a translator who keeps terminology consistent and flags unclear source text.",
    deliverables: ["Translated articles in our help centre tool", "A terminology glossary"],
    skills: ["Translation", "Technical writing"],
    budgetType: "fixed",
    band: [2000, 5000],
    level: "intermediate",
    duration: "1_to_3_months",
  },
  {
    title: "Security review of our {product} web shop",
    brief:
      "We handle personal data for {audience} and want an independent review before our SOC 2 audit: authentication, session handling, access control and our dependencies.",
    deliverables: [
      "Threat model",
      "Findings report ranked by severity",
      "A retest after we fix the findings",
    ],
    skills: ["Security audit", "Node.js", "AWS"],
    budgetType: "fixed",
    band: [5000, 12000],
    level: "expert",
    duration: "1_to_4_weeks",
  },
  {
    title: "Go microservice for {product} product photos",
    brief:
      "We need a small Go service that takes uploaded images, makes thumbnails in three sizes, strips metadata and stores them in S3. It should handle bursts of a few hundred uploads a minute.",
    deliverables: ["Service with tests and a Dockerfile", "Load test results", "Deployment notes"],
    skills: ["Go", "Docker", "AWS"],
    budgetType: "hourly",
    band: [60, 120],
    level: "expert",
    duration: "1_to_4_weeks",
  },
  {
    title: "Figma design system for our {product} app",
    brief:
      "Our designers keep re-drawing the same buttons. We want a proper Figma component library with tokens for colour, type and spacing, light and dark themes, and documentation.",
    deliverables: [
      "Component library with variants",
      "Design tokens exported for developers",
      "Usage documentation",
    ],
    skills: ["Figma", "UI design"],
    budgetType: "fixed",
    band: [3500, 8000],
    level: "expert",
    duration: "1_to_3_months",
  },
  {
    title: "Machine learning model to forecast {product} demand",
    brief:
      "We have three years of daily sales across 40 stores. We'd like a forecasting model that helps us order stock two weeks ahead, and a simple way to retrain it monthly.",
    deliverables: [
      "Exploratory analysis",
      "Forecasting model with evaluation",
      "Retraining script and documentation",
    ],
    skills: ["Machine learning", "Python", "Data analysis"],
    budgetType: "fixed",
    band: [6000, 15000],
    level: "expert",
    duration: "1_to_3_months",
  },
  {
    title: "Vue.js developer for ongoing front-end work on our {product} shop",
    brief:
      "We're a small team maintaining a Vue 3 admin app for {audience}. We need an extra pair of hands for about 15 hours a week: new screens, bug fixes, and some test coverage.",
    deliverables: [
      "Feature work from our backlog",
      "Component tests for what you touch",
      "Weekly check-in",
    ],
    skills: ["Vue.js", "TypeScript", "HTML & CSS"],
    budgetType: "hourly",
    band: [35, 65],
    level: "intermediate",
    duration: "over_6_months",
  },
  {
    title: "SEO audit and content plan for {audience}",
    brief:
      "Organic traffic has been flat for a year. We want a technical SEO audit and a six-month content plan aimed at {audience}, with keyword research behind it.",
    deliverables: ["Technical SEO audit", "Keyword research", "Six-month editorial calendar"],
    skills: ["SEO", "Content strategy"],
    budgetType: "fixed",
    band: [1200, 3000],
    level: "intermediate",
    duration: "1_to_4_weeks",
  },
  {
    title: "Explainer animation for our {product} service",
    brief:
      "We need a 60–90 second animated explainer for our homepage and social channels. Script is drafted; we need storyboard, illustration, animation and sound.",
    deliverables: ["Storyboard", "Final animation in 16:9 and 9:16", "Source files"],
    skills: ["Motion design", "Illustration"],
    budgetType: "fixed",
    band: [2000, 6000],
    level: "intermediate",
    duration: "1_to_4_weeks",
  },
  {
    title: "Kotlin developer to modernise our {product} Android app",
    brief:
      "Our Android app is still mostly Java with XML layouts. We want to move screen by screen to Kotlin and Jetpack Compose without breaking the app for {audience} who use it daily.",
    deliverables: ["Migration plan", "Compose rewrites of the five main screens", "UI tests"],
    skills: ["Kotlin", "Android"],
    budgetType: "hourly",
    band: [50, 90],
    level: "expert",
    duration: "3_to_6_months",
  },
  {
    title: "GraphQL API for our {product} Laravel backend",
    brief:
      "Our mobile team wants a GraphQL API instead of the dozens of REST endpoints they call today. The backend is Laravel with MySQL.",
    deliverables: [
      "GraphQL schema and resolvers",
      "Authentication and rate limits",
      "Schema documentation",
    ],
    skills: ["Laravel", "PHP", "GraphQL"],
    budgetType: "fixed",
    band: [4000, 10000],
    level: "intermediate",
    duration: "1_to_3_months",
  },
  {
    title: "Rust CLI tool to validate our {product} catalogue files",
    brief:
      "Partners send us large CSV and JSON files that often break our imports. We'd like a fast command-line validator in Rust that checks them against our schema and explains each error clearly.",
    deliverables: [
      "CLI with clear error messages",
      "Tests against sample files",
      "Release builds for Linux, macOS and Windows",
    ],
    skills: ["Rust"],
    budgetType: "fixed",
    band: [2500, 6000],
    level: "expert",
    duration: "1_to_4_weeks",
  },
  {
    title: "Kubernetes help: move our {product} shop off Heroku",
    brief:
      "We've outgrown Heroku. We want our two services and a worker running on a managed Kubernetes cluster, with sensible defaults for scaling, secrets and logs.",
    deliverables: [
      "Helm charts or manifests",
      "Secrets and config management",
      "Logging and alerting setup",
      "Cut-over plan",
    ],
    skills: ["Kubernetes", "Docker", "CI/CD"],
    budgetType: "hourly",
    band: [70, 130],
    level: "expert",
    duration: "1_to_3_months",
  },
  {
    title: "Svelte widget for embedding {product} reviews",
    brief:
      "We want a small, fast embeddable widget that shows our customers' reviews on their own sites. It must not slow their pages down and should be accessible.",
    deliverables: ["Embeddable widget under 20 KB", "Theme options", "Accessibility check"],
    skills: ["Svelte", "JavaScript", "HTML & CSS"],
    budgetType: "fixed",
    band: [1500, 3500],
    level: "intermediate",
    duration: "1_to_4_weeks",
  },
];

export const fillers = {
  product: [
    "coffee",
    "outdoor gear",
    "skincare",
    "pet food",
    "bicycle",
    "furniture",
    "tea",
    "kids' clothing",
    "home fitness",
    "stationery",
  ],
  audience: [
    "patients",
    "parents",
    "small businesses",
    "students",
    "teachers",
    "freelancers",
    "retirees",
    "nurses",
    "restaurant owners",
    "volunteers",
  ],
  language: ["Spanish", "German", "French", "Portuguese", "Japanese", "Italian", "Dutch"],
};
