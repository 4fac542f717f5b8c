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
    category: "Mobile",
    names: ["iOS", "Swift", "Android", "Kotlin", "React Native", "Flutter"],
  },
  {
    category: "Infrastructure",
    names: ["AWS", "Docker", "Kubernetes", "Terraform", "CI/CD", "Security audit"],
  },
  {
    category: "Design",
    names: ["UI design", "UX research", "Figma", "Brand identity", "Illustration", "Motion design"],
  },
  {
    category: "Writing & marketing",
    names: [
      "Copywriting",
      "Technical writing",
      "SEO",
      "Content strategy",
      "Email marketing",
      "Translation",
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

export const demoClients = [
  {
    name: "Amara Okafor",
    email: "amara@northwind.example",
    company: "Northwind Outfitters",
  },
  {
    name: "Lukas Becker",
    email: "lukas@brightpath.example",
    company: "Brightpath Learning",
  },
  {
    name: "Sofia Marquez",
    email: "sofia@cafe-luna.example",
    company: "Café Luna",
  },
  {
    name: "Hiroshi Tanaka",
    email: "hiroshi@kumo-labs.example",
    company: "Kumo Labs",
  },
  {
    name: "Grace Whitfield",
    email: "grace@harbourhealth.example",
    company: "Harbour Health",
  },
  {
    name: "Client Demo",
    email: "client@guild.example",
    company: "Demo Client Co.",
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
