/**
 * Who hires on the seeded marketplace. Every client is an organisation of one type (or a
 * person hiring for their own small business), and a type posts only the kinds of work that
 * make sense for it: a food bank asks for a donation page, never for a trading app. A niche
 * gives the words its briefs use, so a coffee roaster's projects speak of coffee.
 */

export const workCategories = [
  "web",
  "ecommerce",
  "mobile",
  "backend",
  "data",
  "ai",
  "devops",
  "security",
  "design",
  "writing",
  "marketing",
  "video",
  "translation",
  "admin",
] as const;
export type WorkCategory = (typeof workCategories)[number];

/**
 * How much of the marketplace's work is of each kind, as on a general freelance marketplace:
 * mostly building software, then design, writing and marketing. An organisation draws the kind
 * of its next project from these, among the kinds it hires for.
 */
export const categoryWeights: Record<WorkCategory, number> = {
  web: 14,
  ecommerce: 6,
  mobile: 9,
  backend: 8,
  data: 7,
  ai: 5,
  devops: 5,
  security: 3,
  design: 10,
  writing: 8,
  marketing: 8,
  video: 5,
  translation: 4,
  admin: 6,
};

/** How a client's "about" text names what it hires freelancers for. */
export const hiresFor: Record<WorkCategory, string> = {
  web: "website and web app work",
  ecommerce: "our online shop",
  mobile: "our mobile app",
  backend: "integrations and back-end work",
  data: "reporting and dashboards",
  ai: "machine learning prototypes",
  devops: "cloud infrastructure and CI",
  security: "security reviews",
  design: "design and illustration",
  writing: "copywriting and documentation",
  marketing: "marketing campaigns",
  video: "video editing",
  translation: "translations",
  admin: "admin and support help",
};

export interface Niche {
  /** Company names end with one of these: "Juniper Outfitters". */
  suffixes: string[];
  /** The client's about text: "**Juniper Outfitters** is {what}, based in Bristol." */
  what: string;
  /** What the briefs call the organisation, after "our": "our {business}". */
  business: string;
  /** What it sells or does: "our {offer} range", "{offer} customers". */
  offer: string;
  /** The people it serves, plural: "{audience} who book online". */
  audience: string;
}

export interface OrganisationType {
  label: string;
  categories: WorkCategory[];
  /** Who the freelancer works with, after "our": "our {team}". */
  team: string;
  /** How often a generated company is of this kind (people hiring for themselves are drawn apart). */
  weight: number;
  niches: Niche[];
}

const niche = (
  suffixes: string,
  what: string,
  business: string,
  offer: string,
  audience: string,
): Niche => ({ suffixes: suffixes.split("|"), what, business, offer, audience });

const organisationTypes = {
  retailer: {
    label: "retailer",
    categories: [
      "web",
      "ecommerce",
      "mobile",
      "backend",
      "data",
      "ai",
      "security",
      "design",
      "writing",
      "marketing",
      "video",
      "translation",
      "admin",
    ],
    team: "shop team",
    weight: 12,
    niches: [
      niche(
        "Outfitters|Outdoor",
        "an online shop for hiking and camping gear",
        "outdoor gear shop",
        "outdoor gear",
        "hikers and campers",
      ),
      niche(
        "Skincare|Botanicals",
        "a small skincare brand selling online and in two shops",
        "skincare shop",
        "skincare",
        "customers",
      ),
      niche(
        "Coffee Co.|Roasters",
        "a specialty coffee roaster with an online shop and three cafés",
        "coffee roastery",
        "coffee",
        "coffee subscribers",
      ),
      niche(
        "Tea Co.|Teahouse",
        "an online tea merchant",
        "tea shop",
        "loose-leaf tea",
        "tea drinkers",
      ),
      niche(
        "Pet Supply|Pets",
        "an independent pet supply store",
        "pet supply store",
        "pet food and accessories",
        "pet owners",
      ),
      niche(
        "Kids|Little Ones",
        "a children's clothing brand",
        "children's clothing shop",
        "kids' clothing",
        "parents",
      ),
      niche(
        "Cycles|Bike Co.",
        "a bicycle shop with a workshop and an online store",
        "bike shop",
        "bikes and parts",
        "cyclists",
      ),
      niche(
        "Paper Co.|Stationers",
        "a stationery shop selling online and to gift shops",
        "stationery shop",
        "notebooks and stationery",
        "customers",
      ),
    ],
  },
  maker: {
    label: "maker",
    categories: [
      "web",
      "ecommerce",
      "data",
      "ai",
      "design",
      "writing",
      "marketing",
      "video",
      "translation",
      "admin",
    ],
    team: "workshop team",
    weight: 6,
    niches: [
      niche(
        "Furniture|Woodworks",
        "a furniture workshop making tables and shelving to order",
        "furniture workshop",
        "handmade furniture",
        "customers",
      ),
      niche(
        "Ceramics|Pottery",
        "a ceramics studio selling tableware to shops and restaurants",
        "ceramics studio",
        "handmade ceramics",
        "stockists",
      ),
      niche(
        "Brewing Co.|Brewery",
        "an independent brewery with a taproom",
        "brewery",
        "craft beer",
        "beer lovers",
      ),
      niche(
        "Bakehouse|Bakery",
        "a bakery supplying cafés and selling online",
        "bakery",
        "bread and pastries",
        "customers",
      ),
      niche(
        "Textiles|Weavers",
        "a textile studio making rugs and throws",
        "textile studio",
        "rugs and throws",
        "interior designers",
      ),
    ],
  },
  clinic: {
    label: "clinic network",
    categories: [
      "web",
      "mobile",
      "backend",
      "data",
      "security",
      "design",
      "writing",
      "marketing",
      "translation",
      "admin",
    ],
    team: "practice managers",
    weight: 6,
    niches: [
      niche(
        "Physio|Physiotherapy",
        "a group of four physiotherapy clinics",
        "physiotherapy clinics",
        "physiotherapy",
        "patients",
      ),
      niche(
        "Dental|Dental Care",
        "a family dental practice with three locations",
        "dental practice",
        "dental care",
        "patients",
      ),
      niche(
        "Health|Medical",
        "a network of family health clinics",
        "family clinics",
        "primary care",
        "patients and carers",
      ),
      niche(
        "Vets|Veterinary",
        "a veterinary practice for small animals",
        "veterinary practice",
        "veterinary care",
        "pet owners",
      ),
      niche(
        "Therapy|Wellbeing",
        "a group of therapists offering counselling in person and online",
        "counselling practice",
        "counselling",
        "clients",
      ),
    ],
  },
  nonprofit: {
    label: "non-profit",
    categories: ["web", "data", "design", "writing", "marketing", "video", "translation", "admin"],
    team: "staff and volunteers",
    weight: 6,
    niches: [
      niche(
        "Food Bank|Community Pantry",
        "a food bank run mostly by volunteers",
        "food bank",
        "food support",
        "families we support",
      ),
      niche(
        "Reading Trust|Literacy Project",
        "a charity that helps adults learn to read",
        "literacy charity",
        "adult literacy",
        "learners",
      ),
      niche(
        "Welcome Network|Refugee Support",
        "a non-profit helping refugee families settle in",
        "refugee support charity",
        "refugee support",
        "newly arrived families",
      ),
      niche(
        "River Trust|Conservation",
        "a conservation charity restoring rivers and wetlands",
        "conservation charity",
        "river restoration",
        "volunteers and supporters",
      ),
      niche(
        "Youth Sports|Foundation",
        "a foundation that runs free sports clubs for teenagers",
        "youth sports foundation",
        "youth sport",
        "young people and their parents",
      ),
    ],
  },
  saas: {
    label: "SaaS start-up",
    categories: [
      "web",
      "mobile",
      "backend",
      "data",
      "ai",
      "devops",
      "security",
      "design",
      "writing",
      "marketing",
      "video",
      "translation",
      "admin",
    ],
    team: "product team",
    weight: 14,
    niches: [
      niche(
        "Labs|Software",
        "a start-up making invoicing software for freelancers",
        "invoicing app",
        "invoicing",
        "freelancers",
      ),
      niche(
        "HQ|Software",
        "a SaaS start-up building scheduling software for salons",
        "salon scheduling app",
        "appointment scheduling",
        "salon owners",
      ),
      niche(
        "People|Labs",
        "a start-up making HR software for small companies",
        "HR platform",
        "HR software",
        "HR managers",
      ),
      niche(
        "Analytics|Insights",
        "a product analytics start-up",
        "analytics product",
        "product analytics",
        "product teams",
      ),
      niche(
        "Build|Sitework",
        "a start-up building project software for construction firms",
        "construction management app",
        "construction project management",
        "site managers",
      ),
    ],
  },
  agency: {
    label: "agency",
    categories: [
      "web",
      "ecommerce",
      "mobile",
      "backend",
      "devops",
      "design",
      "writing",
      "marketing",
      "video",
      "admin",
    ],
    team: "project leads",
    weight: 8,
    niches: [
      niche(
        "Digital|Web",
        "a small web agency building sites for local businesses",
        "web agency",
        "client websites",
        "clients",
      ),
      niche(
        "Studio|Design",
        "an independent design studio",
        "design studio",
        "brand and web design",
        "clients",
      ),
      niche(
        "Labs|Works",
        "a small software studio building apps for clients",
        "software studio",
        "client apps",
        "clients",
      ),
      niche(
        "Marketing|Collective",
        "a marketing agency for hospitality brands",
        "marketing agency",
        "hospitality marketing",
        "clients",
      ),
    ],
  },
  restaurant: {
    label: "restaurant group",
    categories: ["web", "mobile", "data", "design", "writing", "marketing", "video", "admin"],
    team: "managers",
    weight: 5,
    niches: [
      niche(
        "Café|Coffee House",
        "a café and bakery with two locations",
        "cafés",
        "coffee and brunch",
        "regulars",
      ),
      niche("Ramen|Noodle Bar", "a group of three ramen bars", "ramen bars", "ramen", "diners"),
      niche(
        "Pizzeria|Pizza Co.",
        "a neighbourhood pizzeria with its own delivery",
        "pizzeria",
        "pizza",
        "diners",
      ),
      niche(
        "Kitchen|Hospitality",
        "a restaurant group with four neighbourhood bistros",
        "restaurants",
        "seasonal food",
        "guests",
      ),
    ],
  },
  school: {
    label: "school",
    categories: [
      "web",
      "mobile",
      "data",
      "design",
      "writing",
      "marketing",
      "video",
      "translation",
      "admin",
    ],
    team: "teachers",
    weight: 6,
    niches: [
      niche(
        "Language School|Languages",
        "a language school teaching evening classes and online courses",
        "language school",
        "language courses",
        "students",
      ),
      niche(
        "Learning|Academy",
        "an education start-up building courses for adult learners",
        "online course platform",
        "online courses",
        "adult learners",
      ),
      niche(
        "School|College",
        "an independent secondary school",
        "school",
        "secondary education",
        "students and parents",
      ),
      niche(
        "Tutors|Tutoring",
        "a tutoring company for maths and science",
        "tutoring company",
        "maths and science tutoring",
        "students and parents",
      ),
      niche(
        "Music School|Conservatory",
        "a music school for children and adults",
        "music school",
        "music lessons",
        "students",
      ),
    ],
  },
  lawfirm: {
    label: "law firm",
    categories: [
      "web",
      "backend",
      "security",
      "design",
      "writing",
      "marketing",
      "translation",
      "admin",
    ],
    team: "partners",
    weight: 4,
    niches: [
      niche(
        "Legal|Law",
        "a law firm advising small businesses on employment law",
        "law firm",
        "employment law",
        "clients",
      ),
      niche(
        "Immigration Law|& Partners",
        "an immigration law practice",
        "immigration practice",
        "immigration law",
        "clients",
      ),
      niche(
        "Family Law|Solicitors",
        "a family law firm",
        "family law firm",
        "family law",
        "clients",
      ),
      niche(
        "IP Law|Legal",
        "a firm specialising in trademarks and patents",
        "IP firm",
        "trademarks and patents",
        "start-ups and inventors",
      ),
    ],
  },
  logistics: {
    label: "logistics company",
    categories: [
      "web",
      "mobile",
      "backend",
      "data",
      "ai",
      "devops",
      "security",
      "writing",
      "admin",
    ],
    team: "dispatch team",
    weight: 4,
    niches: [
      niche(
        "Logistics|Couriers",
        "a regional delivery company",
        "delivery company",
        "same-day delivery",
        "customers",
      ),
      niche(
        "Freight|Shipping",
        "a freight forwarder for small exporters",
        "freight business",
        "freight forwarding",
        "exporters",
      ),
      niche(
        "Cold Chain|Transport",
        "a refrigerated transport company",
        "transport company",
        "refrigerated transport",
        "food producers",
      ),
      niche(
        "Cargo|Couriers",
        "a cargo-bike courier service",
        "courier service",
        "cargo-bike deliveries",
        "local shops",
      ),
    ],
  },
  fintech: {
    label: "fintech",
    categories: [
      "web",
      "mobile",
      "backend",
      "data",
      "ai",
      "devops",
      "security",
      "design",
      "writing",
      "marketing",
      "admin",
      "translation",
    ],
    team: "engineering team",
    weight: 6,
    niches: [
      niche(
        "Finance|Money",
        "a fintech start-up building banking tools for freelancers",
        "banking app",
        "business banking",
        "freelancers",
      ),
      niche(
        "Capital|Lending",
        "a lender for small businesses",
        "lending platform",
        "small business lending",
        "business owners",
      ),
      niche(
        "Savings|Money",
        "an app that helps families save",
        "savings app",
        "family savings",
        "families",
      ),
      niche(
        "Pay|Payments",
        "a payments company for online marketplaces",
        "payments platform",
        "marketplace payments",
        "marketplaces",
      ),
    ],
  },
  media: {
    label: "publisher",
    categories: [
      "web",
      "mobile",
      "backend",
      "data",
      "design",
      "writing",
      "marketing",
      "video",
      "translation",
      "admin",
    ],
    team: "editors",
    weight: 5,
    niches: [
      niche(
        "Media|Magazine",
        "an independent magazine about food and travel",
        "magazine",
        "food and travel",
        "readers",
      ),
      niche(
        "Podcasts|Audio",
        "a podcast network with six shows",
        "podcast network",
        "podcasts",
        "listeners",
      ),
      niche(
        "Press|Books",
        "a small publisher of non-fiction",
        "publishing house",
        "non-fiction",
        "readers",
      ),
      niche("News|Gazette", "a local news site", "newsroom", "local news", "readers"),
    ],
  },
  hospitality: {
    label: "hotel and travel",
    categories: [
      "web",
      "mobile",
      "design",
      "writing",
      "marketing",
      "video",
      "translation",
      "admin",
    ],
    team: "front desk team",
    weight: 5,
    niches: [
      niche(
        "Hotels|House",
        "a group of two boutique hotels",
        "hotels",
        "boutique hotel stays",
        "guests",
      ),
      niche(
        "Guesthouse|B&B",
        "a family-run guesthouse by the sea",
        "guesthouse",
        "seaside breaks",
        "guests",
      ),
      niche(
        "Glamping|Camping",
        "a glamping site with twelve tents",
        "glamping site",
        "glamping holidays",
        "guests",
      ),
      niche("Hostels|Stays", "a small hostel chain", "hostels", "budget stays", "backpackers"),
    ],
  },
  fitness: {
    label: "fitness studio",
    categories: ["web", "mobile", "design", "writing", "marketing", "video", "admin"],
    team: "instructors",
    weight: 4,
    niches: [
      niche(
        "Yoga|Yoga Studio",
        "a yoga studio with classes seven days a week",
        "yoga studio",
        "yoga classes",
        "members",
      ),
      niche(
        "Climbing|Bouldering",
        "an indoor climbing gym",
        "climbing gym",
        "bouldering",
        "climbers",
      ),
      niche(
        "Fitness|Gym",
        "a chain of three neighbourhood gyms",
        "gyms",
        "fitness classes",
        "members",
      ),
      niche(
        "Dance|Dance Studio",
        "a dance studio for adults and children",
        "dance studio",
        "dance classes",
        "dancers and parents",
      ),
    ],
  },
  property: {
    label: "property company",
    categories: [
      "web",
      "mobile",
      "backend",
      "data",
      "design",
      "writing",
      "marketing",
      "video",
      "admin",
    ],
    team: "property managers",
    weight: 4,
    niches: [
      niche(
        "Lettings|Property",
        "a lettings agency managing 400 homes",
        "lettings agency",
        "rental homes",
        "tenants and landlords",
      ),
      niche(
        "Homes|Estates",
        "an estate agency",
        "estate agency",
        "homes for sale",
        "buyers and sellers",
      ),
      niche(
        "Workspace|Cowork",
        "a coworking space with two locations",
        "coworking space",
        "coworking",
        "members",
      ),
      niche(
        "Holiday Lets|Stays",
        "a company managing holiday cottages for their owners",
        "holiday lets business",
        "holiday cottages",
        "guests and owners",
      ),
    ],
  },
  /** Someone hiring for their own small business, not an organisation. */
  individual: {
    label: "individual",
    categories: [
      "web",
      "mobile",
      "design",
      "writing",
      "marketing",
      "video",
      "translation",
      "admin",
    ],
    team: "",
    weight: 0,
    niches: [
      niche(
        "",
        "a wedding photographer",
        "wedding photography business",
        "wedding photography",
        "couples",
      ),
      niche("", "a potter selling at markets", "pottery studio", "pottery", "customers"),
      niche("", "a personal trainer", "personal training business", "personal training", "clients"),
      niche("", "a landscape gardener", "gardening business", "garden design", "homeowners"),
      niche("", "a piano teacher", "piano teaching business", "piano lessons", "students"),
      niche("", "an interior designer", "interior design business", "interior design", "clients"),
      niche("", "a cake maker", "cake business", "celebration cakes", "customers"),
      niche("", "a dog trainer", "dog training business", "dog training", "dog owners"),
    ],
  },
} satisfies Record<string, OrganisationType>;

export type OrganisationKind = keyof typeof organisationTypes;
export const organisations: Record<OrganisationKind, OrganisationType> = organisationTypes;
export const organisationKinds = Object.keys(organisationTypes) as OrganisationKind[];

/** How often a generated company is of each kind (people hiring for themselves are drawn apart). */
export const companyKindWeights = Object.fromEntries(
  organisationKinds
    .filter((kind) => kind !== "individual")
    .map((kind) => [kind, organisations[kind].weight]),
) as Record<Exclude<OrganisationKind, "individual">, number>;

/** A client's organisation as the seed remembers it: its kind and the niche its briefs use. */
export interface Organisation {
  kind: OrganisationKind;
  niche: Niche;
  /** Where the client lives: "Bristol". */
  city: string;
}
