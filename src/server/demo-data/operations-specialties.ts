import type { Specialty } from "./freelancer-specialties";

/** Marketers, translators, assistants and project managers: the work around the work. */
export const operationsSpecialties: Specialty[] = [
  {
    role: "a digital marketer",
    core: ["Paid advertising", "Social media marketing"],
    extra: ["SEO", "Email marketing", "Data analysis", "Copywriting", "Content strategy"],
    headlines: [
      "Digital marketer: ads and social that pay for themselves",
      "Paid social and search for small brands with real budgets",
      "Marketing you can measure, reported in plain words",
    ],
    strengths: [
      "Google and Meta campaigns rebuilt around **what converts**",
      "Social media plans your team can keep up with",
      "Tracking set up properly before a penny is spent",
    ],
    portfolio: [
      "Ads for a yoga studio — Cost per new member halved in three months.",
      "Winter appeal for a food bank — Target beaten by a third.",
      "Social relaunch for a coffee roaster — Followers doubled; online orders up a fifth.",
    ],
    rate: [30, 110],
  },
  {
    role: "a translator and localisation specialist",
    core: ["Translation", "Localisation"],
    extra: ["Subtitling", "Proofreading", "Copywriting", "Technical writing"],
    headlines: [
      "Translator and localiser: websites, apps and help centres",
      "Natural-sounding translations, never word for word",
      "Localisation with a glossary your whole team can use",
    ],
    strengths: [
      "Websites and apps localised, not just translated",
      "Consistent terminology across releases with a shared glossary",
      "Subtitles timed and written to be read",
    ],
    portfolio: [
      "App localisation for a fitness brand — 3,000 strings and the store listing.",
      "Help centre translation — 120 articles with a shared glossary.",
      "Documentary subtitles — Six episodes for a small publisher.",
    ],
    rate: [25, 85],
  },
  {
    role: "a virtual assistant",
    core: ["Virtual assistance", "Data entry"],
    extra: ["Customer support", "Bookkeeping", "Project management", "Email marketing"],
    headlines: [
      "Virtual assistant: inbox, calendar and the jobs nobody has time for",
      "Organised, discreet remote assistant for busy founders",
      "Customer support and admin help, evenings and weekends too",
    ],
    strengths: [
      "Inbox zero, every weekday",
      "Friendly, careful customer support by email and chat",
      "Tidy records and spreadsheets you can **trust**",
    ],
    portfolio: [
      "Assistant to two agency founders — Inbox, calendars and travel for two years.",
      "Holiday support for an online shop — 1,800 conversations answered in December.",
      "CRM clean-up — 12,000 contacts de-duplicated and tagged.",
    ],
    rate: [12, 40],
  },
  {
    role: "a bookkeeper and operations assistant",
    core: ["Bookkeeping", "Data entry"],
    extra: ["Virtual assistance", "Data analysis", "Project management"],
    headlines: [
      "Bookkeeper for small businesses and sole traders",
      "Catch-up bookkeeping, done calmly and on time",
      "Books, receipts and the admin around them",
    ],
    strengths: [
      "Catching up a year of receipts before the deadline",
      "Monthly reconciliations and a tidy year-end pack",
      "Simple routines that keep the books up to date",
    ],
    portfolio: [
      "Year-end catch-up for a café — Twelve months reconciled in three weeks.",
      "Bookkeeping for a wedding photographer — Monthly, since 2021.",
      "Expense process for a design studio — Receipts in by phone, matched automatically.",
    ],
    rate: [20, 60],
  },
  {
    role: "a project manager",
    core: ["Project management"],
    extra: [
      "UX research",
      "Technical writing",
      "Virtual assistance",
      "Data analysis",
      "Content strategy",
    ],
    headlines: [
      "Project manager for web and app projects that must land on time",
      "Calm delivery management for small teams",
      "Keeping designers, developers and deadlines in one place",
    ],
    strengths: [
      "Plans that fit on one page and stay true",
      "Weekly status notes people actually read",
      "Risks raised early, decisions written down",
    ],
    portfolio: [
      "Website rebuild for a school — Eight people, four months, launched on the day.",
      "App launch for a fintech — Coordinated design, engineering and store review.",
      "Agency process overhaul — Estimates within 10% on the next six projects.",
    ],
    rate: [40, 120],
  },
];
