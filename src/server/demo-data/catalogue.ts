import type { OrganisationKind } from "./organisations";

/** Demo catalogue: the skills every environment starts with, and who the demo people are. */

export const skillCatalogue: { category: string; names: string[] }[] = [
  {
    category: "Web development",
    names: [
      "TypeScript",
      "JavaScript",
      "React",
      "Next.js",
      "Vue.js",
      "Svelte",
      "Node.js",
      "PHP",
      "Laravel",
      "WordPress",
      "Shopify",
      "HTML & CSS",
      "Tailwind CSS",
    ],
  },
  {
    category: "Backend & data",
    names: [
      "Python",
      "Django",
      "Go",
      "Rust",
      "Java",
      "PostgreSQL",
      "SQLite",
      "GraphQL",
      "REST APIs",
      "Data engineering",
      "Machine learning",
      "Data analysis",
    ],
  },
  {
    category: "AI & machine learning",
    names: ["LLM applications", "Natural language processing", "Computer vision"],
  },
  {
    category: "Mobile",
    names: ["iOS", "Swift", "Android", "Kotlin", "React Native", "Flutter"],
  },
  {
    category: "Infrastructure",
    names: ["AWS", "Docker", "Kubernetes", "Terraform", "CI/CD", "Security audit"],
  },
  {
    category: "Design",
    names: [
      "UI design",
      "UX research",
      "Figma",
      "Brand identity",
      "Illustration",
      "Motion design",
      "Packaging design",
      "Presentation design",
    ],
  },
  {
    category: "Writing & marketing",
    names: [
      "Copywriting",
      "Technical writing",
      "SEO",
      "Content strategy",
      "Email marketing",
      "Social media marketing",
      "Paid advertising",
      "Grant writing",
      "Proofreading",
    ],
  },
  {
    category: "Translation",
    names: ["Translation", "Localisation", "Subtitling"],
  },
  {
    category: "Video & audio",
    names: ["Video editing", "Podcast editing"],
  },
  {
    category: "Admin & support",
    names: [
      "Virtual assistance",
      "Customer support",
      "Data entry",
      "Bookkeeping",
      "Project management",
    ],
  },
];

export function slugify(name: string) {
  return name
    .toLowerCase()
    .replace(/&/g, "and")
    .replace(/\+/g, "plus")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");
}

/** The named clients, each an organisation of a kind with the niche (by its `offer`) its briefs use. */
export const demoClients: {
  name: string;
  email: string;
  company: string;
  organisation: { kind: OrganisationKind; offer: string };
}[] = [
  {
    name: "Amara Okafor",
    email: "amara@northwind.example",
    company: "Northwind Outfitters",
    organisation: { kind: "retailer", offer: "outdoor gear" },
  },
  {
    name: "Lukas Becker",
    email: "lukas@brightpath.example",
    company: "Brightpath Learning",
    organisation: { kind: "school", offer: "online courses" },
  },
  {
    name: "Sofia Marquez",
    email: "sofia@cafe-luna.example",
    company: "Café Luna",
    organisation: { kind: "restaurant", offer: "coffee and brunch" },
  },
  {
    name: "Hiroshi Tanaka",
    email: "hiroshi@kumo-labs.example",
    company: "Kumo Labs",
    organisation: { kind: "agency", offer: "client apps" },
  },
  {
    name: "Grace Whitfield",
    email: "grace@harbourhealth.example",
    company: "Harbour Health",
    organisation: { kind: "clinic", offer: "primary care" },
  },
  {
    name: "Client Demo",
    email: "client@guild.example",
    company: "Demo Client Co.",
    // A start-up hires for nearly everything, so the demo client's projects show the range.
    organisation: { kind: "saas", offer: "invoicing" },
  },
];

export const demoFreelancers = [
  { name: "Priya Raman", email: "priya@freelance.example" },
  { name: "Mateo Rossi", email: "mateo@freelance.example" },
  { name: "Chloé Dubois", email: "chloe@freelance.example" },
  { name: "Kwame Mensah", email: "kwame@freelance.example" },
  { name: "Elena Petrova", email: "elena@freelance.example" },
  { name: "Sam Oduya", email: "sam@freelance.example" },
  { name: "Freelancer Demo", email: "freelancer@guild.example" },
];

export const demoAdmin = { name: "Guild Admin", email: "admin@guild.example" };
