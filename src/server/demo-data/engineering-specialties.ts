import type { Specialty } from "./freelancer-specialties";

/** Developers and engineers: most of the projects on the marketplace need one. */
export const engineeringSpecialties: Specialty[] = [
  {
    role: "a front-end developer",
    core: ["TypeScript", "React"],
    extra: ["JavaScript", "Next.js", "HTML & CSS", "Tailwind CSS", "Vue.js", "Svelte", "Figma"],
    headlines: [
      "Front-end developer: fast, accessible React and Next.js apps",
      "React engineer who cares about performance and accessibility",
      "Turning Figma files into pixel-tidy, tested React components",
    ],
    strengths: [
      "Design systems and component libraries in **React** and TypeScript",
      "Core Web Vitals work: from red to green without a rewrite",
      "Accessibility audits and fixes (WCAG 2.2 AA)",
    ],
    portfolio: [
      "Checkout redesign for a fashion retailer — Rebuilt the checkout in Next.js; mobile conversion rose by a fifth.",
      "Design system for a banking app — Forty accessible components with docs and visual tests.",
      "Dashboard performance overhaul — Cut the largest contentful paint from 4.1 s to 1.3 s.",
    ],
    rate: [40, 130],
  },
  {
    role: "a full-stack JavaScript developer",
    core: ["TypeScript", "Node.js", "React"],
    extra: ["Next.js", "PostgreSQL", "GraphQL", "REST APIs", "Docker", "AWS", "Tailwind CSS"],
    headlines: [
      "Full-stack TypeScript developer for SaaS products",
      "Node.js and React: from database schema to the last button",
      "Building MVPs that survive their first thousand users",
    ],
    strengths: [
      "End-to-end features: schema, API, UI and tests",
      "Payments, auth and the other parts nobody wants to get wrong",
      "PostgreSQL schema design and query tuning",
    ],
    portfolio: [
      "Booking platform for yoga studios — Next.js, PostgreSQL and Stripe; in production for 60 studios.",
      "Internal tools for a logistics company — Replaced five spreadsheets with one typed app.",
      "Open-source form library — Small, typed, and used by a few thousand projects.",
    ],
    rate: [45, 140],
  },
  {
    role: "a Python back-end developer",
    core: ["Python", "Django"],
    extra: ["PostgreSQL", "REST APIs", "Docker", "AWS", "Data engineering", "GraphQL", "CI/CD"],
    headlines: [
      "Django developer: APIs, admin tools and slow-query fixes",
      "Python back-end engineer for data-heavy products",
      "Reliable Django back ends, tested and documented",
    ],
    strengths: [
      "REST and GraphQL APIs in **Django** and FastAPI",
      "Finding the N+1 queries that make reports slow",
      "Background jobs, queues and scheduled imports",
    ],
    portfolio: [
      "Reporting API for a retail chain — Monthly reports went from 40 s to under 2 s.",
      "Clinic scheduling back end — Django API serving web and mobile clients.",
      "Django 2 to 5 upgrade — A five-year-old codebase brought up to date, step by step.",
    ],
    rate: [40, 130],
  },
  {
    role: "a mobile developer",
    core: ["iOS", "Swift"],
    extra: ["Android", "Kotlin", "React Native", "Flutter", "UI design", "REST APIs", "Figma"],
    headlines: [
      "iOS developer: native Swift apps people keep on their home screen",
      "Mobile engineer for iOS and Android, App Store releases included",
      "Swift and Kotlin apps with offline support and clean architecture",
    ],
    strengths: [
      "Native apps in **Swift** and SwiftUI",
      "Offline-first data and background sync",
      "VoiceOver and Dynamic Type done properly",
    ],
    portfolio: [
      "Habit tracker for a wellness brand — SwiftUI app with widgets; 4.8 stars on the App Store.",
      "Field service app — Offline inspections with photo uploads that sync later.",
      "Transit companion app — Live departures and accessible trip planning.",
    ],
    rate: [50, 150],
  },
  {
    role: "a cross-platform app developer",
    core: ["React Native", "Flutter"],
    extra: ["TypeScript", "JavaScript", "iOS", "Android", "REST APIs", "Figma"],
    headlines: [
      "React Native and Flutter developer: one codebase, two stores",
      "Cross-platform mobile apps for start-ups on a budget",
      "Shipping mobile MVPs in weeks, not quarters",
    ],
    strengths: [
      "One codebase for iOS and Android without a janky feel",
      "Push notifications, deep links and in-app purchases",
      "Hooking apps up to existing REST and GraphQL APIs",
    ],
    portfolio: [
      "Appointment booking app — React Native app for a network of clinics.",
      "Food delivery courier app — Flutter app with live location and proof of delivery.",
      "Event companion app — Schedules, maps and ticket wallet for a conference.",
    ],
    rate: [35, 120],
  },
  {
    role: "a DevOps and cloud engineer",
    core: ["AWS", "Docker", "Terraform"],
    extra: ["Kubernetes", "CI/CD", "Go", "Security audit", "PostgreSQL", "Python"],
    headlines: [
      "Cloud engineer: Terraform, AWS and CI that stays green",
      "DevOps for small teams: boring, reliable infrastructure",
      "Kubernetes and AWS without the bill shock",
    ],
    strengths: [
      "Infrastructure as code with **Terraform**, reviewed like any other code",
      "CI/CD pipelines that finish in minutes",
      "Cutting cloud bills by a third without losing sleep",
    ],
    portfolio: [
      "AWS landing zone for a health start-up — Accounts, networking and audit logging in Terraform.",
      "Heroku to Kubernetes migration — Three services moved with no downtime.",
      "CI speed-up — Build times from 25 to 6 minutes with caching and parallel jobs.",
    ],
    rate: [60, 170],
  },
  {
    role: "a data engineer and analyst",
    core: ["Python", "Data analysis"],
    extra: ["Data engineering", "Machine learning", "PostgreSQL", "SQLite", "AWS", "Docker"],
    headlines: [
      "Data engineer: pipelines, warehouses and dashboards you can trust",
      "Data analyst who turns messy exports into clear answers",
      "Machine learning prototypes that make it to production",
    ],
    strengths: [
      "ELT pipelines from shops, CRMs and spreadsheets into a warehouse",
      "Dashboards with numbers people stop arguing about",
      "Forecasting and churn models, explained in plain words",
    ],
    portfolio: [
      "Sales warehouse for a DTC brand — Daily loads from Shopify and ads platforms into PostgreSQL.",
      "Demand forecast for a bakery chain — Waste down 18% in the first quarter.",
      "Customer churn analysis — Found the three onboarding steps that lost most users.",
    ],
    rate: [45, 160],
  },
  {
    role: "a systems programmer",
    core: ["Go", "Rust"],
    extra: ["PostgreSQL", "Docker", "Kubernetes", "REST APIs", "GraphQL", "Security audit", "Java"],
    headlines: [
      "Go and Rust engineer for fast, dependable back-end services",
      "Systems programmer: CLIs, services and the occasional parser",
      "Rust developer who writes the tests first",
    ],
    strengths: [
      "High-throughput services in **Go**",
      "Command-line tools in Rust with helpful error messages",
      "Profiling and fixing memory and latency problems",
    ],
    portfolio: [
      "Data file validator — Rust CLI checking gigabytes of CSV against a schema.",
      "Webhook relay service — Go service handling 3,000 events a second.",
      "Search indexer rewrite — Indexing time cut from hours to minutes.",
    ],
    rate: [55, 160],
  },
  {
    role: "a WordPress and e-commerce developer",
    core: ["WordPress", "PHP"],
    extra: ["Shopify", "Laravel", "HTML & CSS", "JavaScript", "SEO", "Tailwind CSS"],
    headlines: [
      "WordPress and Shopify developer for small businesses",
      "Making slow WordPress sites fast (and safe) again",
      "Shopify themes and WordPress sites your team can update",
    ],
    strengths: [
      "Custom **WordPress** themes without a pile of plugins",
      "Shopify theme changes and app integrations",
      "Speed and security clean-ups for older sites",
    ],
    portfolio: [
      "Café chain website — WordPress site with menus the staff edit themselves.",
      "Shopify store for a pottery studio — Custom theme, product filters and gift cards.",
      "Charity site rescue — Removed 14 plugins; PageSpeed score from 31 to 92.",
    ],
    rate: [25, 90],
  },
  {
    role: "a machine learning engineer",
    core: ["Machine learning", "Python"],
    extra: [
      "LLM applications",
      "Natural language processing",
      "Computer vision",
      "Data engineering",
      "Data analysis",
      "Docker",
      "REST APIs",
    ],
    headlines: [
      "Machine learning engineer: models that earn their keep in production",
      "LLM applications with evaluations, not just demos",
      "Forecasting, recommendations and document AI, end to end",
    ],
    strengths: [
      "Retrieval-augmented assistants grounded in **your own** documents",
      "Evaluation sets that tell you whether a change made things better",
      "Forecasting and recommendation models your team can retrain",
    ],
    portfolio: [
      "Help-centre assistant for a fintech — Answers from 300 articles, with sources and hand-off.",
      "Invoice extraction for a freight company — Nine fields read from scans at 97% accuracy.",
      "Recommendations for an online bookshop — Click-through up a quarter in an A/B test.",
    ],
    rate: [60, 180],
  },
];
