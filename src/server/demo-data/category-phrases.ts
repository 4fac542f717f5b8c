import type { WorkCategory } from "./organisations";

/**
 * What people say about one kind of work: freelancers in their proposals, clients in their
 * reviews. `{deliverable}` is one of the project's deliverables, lower-cased.
 */
export interface CategoryPhrases {
  /** Earlier work a freelancer mentions: "Last year I {past}." */
  past: string[];
  /** What a freelancer asks before starting. */
  questions: string[];
  /** What a satisfied client singles out. */
  praise: string[];
  /** What a disappointed client singles out. */
  complaints: string[];
}

/** Names that keep their capital in mid-sentence ("the Flutter app", not "the flutter app"). */
const properNames = new Set([
  "Android",
  "Compose",
  "Figma",
  "Firebase",
  "Flutter",
  "Helm",
  "Java",
  "Laravel",
  "Lighthouse",
  "React",
  "Shopify",
  "Stripe",
  "Terraform",
]);

/**
 * A deliverable as the object of a sentence, after "the": "A short handover video" becomes
 * "short handover video", "Landing page copy (hero, features, FAQ)" becomes "landing page
 * copy", and names and acronyms (WordPress, CLI, iOS) keep their case.
 */
export function deliverableInProse(deliverable: string) {
  const words = deliverable.replace(/\s*\([^)]*\)/g, "").split(" ");
  if (words[0] === "A" || words[0] === "An" || words[0] === "The") words.shift();
  const [first = "", ...rest] = words;
  const keep =
    properNames.has(first) || /[A-Z./]/.test(first.slice(1)) || first === first.toLowerCase();
  return [keep ? first : first.charAt(0).toLowerCase() + first.slice(1), ...rest].join(" ");
}

export const categoryPhrases: Record<WorkCategory, CategoryPhrases> = {
  web: {
    past: [
      "rebuilt the website of a small chain of clinics, and their enquiries doubled",
      "took a WordPress site from a Lighthouse score of 38 to 94",
      "built a booking flow for a climbing gym that now takes most of their bookings",
      "replaced a tangle of spreadsheets with a small internal web app",
    ],
    questions: [
      "Do you have analytics I could look at before we agree the plan?",
      "Who on your side will edit the site once it's live?",
      "Is there a hosting provider you'd like to stay with?",
      "Are the designs final, or is there room for suggestions?",
    ],
    praise: [
      "Everything works beautifully on phones, which was the whole point.",
      "Our team can finally update the site without calling anyone.",
      "Pages load in about a second now; before it was five.",
      "Especially pleased with the {deliverable}: done properly, with notes we could actually follow.",
      "Every edge case we'd forgotten about was handled without us asking.",
    ],
    complaints: [
      "The site looked fine on a laptop but broke on half our phones.",
      "Several pages were left half-finished when the deadline came.",
      "We found broken links and forms that didn't send for weeks after launch.",
    ],
  },
  ecommerce: {
    past: [
      "moved a tea merchant from WooCommerce to Shopify without losing their search rankings",
      "rebuilt the checkout of a clothing store and lifted mobile conversion by a fifth",
      "set up bundles and gift cards for a stationery shop before the holidays",
    ],
    questions: [
      "Roughly how many products and variants do you have?",
      "Which apps on your current store would you like to keep?",
      "Do you have the brand fonts and product photos in one place?",
      "Is there a sales peak I should plan around?",
    ],
    praise: [
      "Our store finally feels like our brand, and orders from phones are up.",
      "The {deliverable} went live without a single lost order.",
      "Checkout is simpler and customers have noticed.",
      "The handover meant our team could add products the same afternoon.",
    ],
    complaints: [
      "Product data came across with mistakes we had to fix by hand.",
      "Work on the {deliverable} ran late and we missed part of our busy season.",
      "Checkout broke for a day after launch and we lost orders.",
    ],
  },
  mobile: {
    past: [
      "shipped a booking app for a physio chain that now handles most of their appointments",
      "migrated a ten-year-old Android app to Kotlin and Compose, screen by screen",
      "built an offline-first inspection app used on building sites with no signal",
    ],
    questions: [
      "Which devices and OS versions do your users have?",
      "Is the API documented, and is there a staging environment?",
      "Do you already have developer accounts on both stores?",
      "How do your users sign in today?",
    ],
    praise: [
      "The app sailed through App Store review on the first try.",
      "Crash reports dropped to almost nothing after the {deliverable}.",
      "Our users noticed the difference within days; the reviews went up.",
      "Solid work on the {deliverable}, and code our team can follow.",
    ],
    complaints: [
      "The app crashed on older Android phones and it took weeks to fix.",
      "The {deliverable} arrived late and without the tests we agreed.",
      "Store submission dragged on because of issues we were told were fixed.",
    ],
  },
  backend: {
    past: [
      "connected a booking system to an accounting package, saving a team a day a week",
      "built a Stripe billing integration for a SaaS product, webhooks and all",
      "upgraded a Java 8 service to Java 21 without any downtime",
    ],
    questions: [
      "Can I get read access to the code before we agree the plan?",
      "How do you deploy today?",
      "Are there tests I can lean on, or should we add some first?",
      "What happens today when an integration fails?",
    ],
    praise: [
      "The {deliverable} ran without a hitch from day one.",
      "Clean, tested code and a README our own developers could follow.",
      "Failures now alert us instead of silently losing data.",
      "Explained every trade-off before making it.",
    ],
    complaints: [
      "The {deliverable} worked in testing but failed under real traffic.",
      "Very few tests, so we're nervous about changing anything.",
      "Documentation was promised but never delivered.",
    ],
  },
  data: {
    past: [
      "built a nightly pipeline for a retailer that replaced twelve manual exports",
      "cut a reporting dashboard's load time from 25 seconds to under two",
      "analysed 3,000 survey responses for a charity's annual report",
    ],
    questions: [
      "Where does the data live today, and who can give me access?",
      "Which decisions should these numbers help you make?",
      "How fresh does the data need to be: daily, hourly, live?",
      "Is there anything in the data I should treat as sensitive?",
    ],
    praise: [
      "For the first time we trust our numbers.",
      "The {deliverable} answered questions we'd been arguing about for months.",
      "Reports that took a day now take a click.",
      "Explained the findings in plain language to our whole team.",
    ],
    complaints: [
      "Some of the numbers didn't match our own records and we never found out why.",
      "We found the {deliverable} hard to follow without the author in the room.",
      "Took much longer than estimated and the documentation is thin.",
    ],
  },
  ai: {
    past: [
      "built a demand forecast for a bakery chain that cut waste by a fifth",
      "shipped a help-centre assistant that answers from the company's own articles",
      "set up an evaluation harness for an LLM feature so the team could change prompts safely",
    ],
    questions: [
      "How much historical data do you have, and how clean is it?",
      "What would a good enough result look like to you?",
      "Who will own the model once it's in production?",
      "Are there questions it must never answer on its own?",
    ],
    praise: [
      "Set realistic expectations from the start and then beat them.",
      "The {deliverable} came with an honest evaluation, not just a demo.",
      "Our team understands the model well enough to retrain it ourselves.",
      "It's already saving us hours every week.",
    ],
    complaints: [
      "The model looked great in the demo but struggled with our real data.",
      "We couldn't reproduce the {deliverable} from the notes we were given.",
      "Results were oversold early on.",
    ],
  },
  devops: {
    past: [
      "moved a start-up from Heroku to managed Kubernetes over a weekend",
      "cut a company's AWS bill by 40% without touching their application",
      "took a CI pipeline from 40 minutes to 8",
    ],
    questions: [
      "Could I have read-only access to the cloud account to look around first?",
      "How often do you deploy, and who does it?",
      "Is there a maintenance window I should plan around?",
      "What has gone wrong in production in the last few months?",
    ],
    praise: [
      "Deploys went from nerve-racking to boring, in the best way.",
      "The {deliverable} came documented so well that our whole team can run it.",
      "Everything is in code now, and we understand it.",
      "The cut-over happened at night with zero downtime.",
    ],
    complaints: [
      "We had an outage during the cut-over that wasn't in the plan.",
      "The {deliverable} left us with a setup only the freelancer understood.",
      "Costs went up rather than down, and we were never told why.",
    ],
  },
  security: {
    past: [
      "reviewed a health start-up's platform ahead of their SOC 2 audit",
      "ran a penetration test on a payments API before its launch",
      "helped a small law firm roll out two-factor sign-in for every account",
    ],
    questions: [
      "What is in scope, and is anything strictly off limits?",
      "Can we test against a staging copy rather than production?",
      "Has anyone reviewed the system before, and can I see their report?",
      "Who should I contact at once if I find something serious?",
    ],
    praise: [
      "Findings were clear, ranked and easy for our developers to reproduce.",
      "Found a serious issue nobody else had spotted, and explained it calmly.",
      "The retest gave us real confidence going into our audit.",
      "The {deliverable} struck the right balance: thorough, without drowning us in noise.",
    ],
    complaints: [
      "The report was mostly automated scanner output.",
      "The {deliverable} arrived late and missed parts of the agreed scope.",
      "Findings were hard to act on without more detail.",
    ],
  },
  design: {
    past: [
      "designed the identity for a small coffee roaster, from logo to packaging",
      "built a Figma design system for a fintech app with forty components",
      "redesigned the onboarding of a booking app after twelve user interviews",
    ],
    questions: [
      "Do you have a mood board or examples you like, and ones you don't?",
      "Who will give feedback, and how many rounds should we plan for?",
      "Which files and formats does your printer or developer need?",
      "Is there anything from the current look you'd like to keep?",
    ],
    praise: [
      "The {deliverable} captured who we are better than we could describe it.",
      "Every round of feedback made the work better, never just different.",
      "Our developers say the files are the tidiest they've received.",
      "We've had compliments on the new look from customers every week.",
    ],
    complaints: [
      "The concepts felt generic and didn't reflect our brief.",
      "Files were disorganised and hard for our printer to use.",
      "The {deliverable} needed more rounds than agreed, and it showed.",
    ],
  },
  writing: {
    past: [
      "rewrote the website of an accounting firm, and enquiries went up",
      "wrote forty help articles for a SaaS product from its support inbox",
      "drafted a grant application that won three years of funding",
    ],
    questions: [
      "Who are you writing for, and what should they do after reading?",
      "Do you have a style guide, or examples of writing you like?",
      "Who will review drafts, and how quickly?",
      "Is there existing material I should read first?",
    ],
    praise: [
      "The {deliverable} needed almost no edits.",
      "Captured our voice after a single call.",
      "Made complicated things sound simple without dumbing them down.",
      "Drafts arrived early and the revisions were quick.",
    ],
    complaints: [
      "The writing needed heavy editing to sound like us.",
      "The {deliverable} had factual mistakes we had to correct.",
      "Drafts came in late and we had to rush our review.",
    ],
  },
  marketing: {
    past: [
      "ran the winter appeal for a food bank that beat its target by a third",
      "set up a welcome email series that now brings in a fifth of a shop's sales",
      "rebuilt a studio's ad campaigns and halved their cost per booking",
    ],
    questions: [
      "What results have you seen from marketing so far?",
      "Do you have a monthly budget in mind for ads or tools?",
      "Which channels do your customers actually use?",
      "Who approves posts and emails before they go out?",
    ],
    praise: [
      "Bookings are up and we can finally see which channel they come from.",
      "The {deliverable} came well planned and on time.",
      "Clear monthly reports that told us what to do next.",
      "Understood our audience far better than the agencies we'd tried.",
    ],
    complaints: [
      "We spent the budget with little to show for it.",
      "Reporting was vague and always late.",
      "The {deliverable} didn't match the tone we'd agreed.",
    ],
  },
  video: {
    past: [
      "edited a weekly podcast for a publisher for two years",
      "made a 60-second explainer for a start-up that now sits on their homepage",
      "cut a day of event footage into a three-minute highlight film",
    ],
    questions: [
      "Could you share a sample of the raw footage?",
      "Are there videos in a style you'd like to match?",
      "Which platforms and formats do you need?",
      "Do you have music licensed, or should I source it?",
    ],
    praise: [
      "The {deliverable} came out looking far more expensive than it was.",
      "Fast turnaround every single week.",
      "Picked the best moments from hours of footage.",
      "Our videos finally have a consistent look.",
    ],
    complaints: [
      "Audio levels were all over the place in the final cut.",
      "Turnaround slipped from days to weeks.",
      "The {deliverable} needed several rounds of fixes.",
    ],
  },
  translation: {
    past: [
      "translated a 120-article help centre and kept a glossary the whole team now uses",
      "localised a fitness app and its store listing ahead of a launch",
      "subtitled a documentary series for a small publisher",
    ],
    questions: [
      "Is there a glossary or earlier translations I should follow?",
      "Who will review the translation on your side?",
      "Which variant of the language do your readers use?",
      "Can I ask your team about unclear source text as I go?",
    ],
    praise: [
      "Native readers say it reads as if it had been written in their language.",
      "Flagged unclear source text instead of guessing.",
      "The {deliverable} stayed consistent from the first page to the last.",
      "The glossary alone was worth the price.",
    ],
    complaints: [
      "Parts of it read like machine translation.",
      "Terminology changed from one page to the next.",
      "The {deliverable} arrived late and needed a second reviewer.",
    ],
  },
  admin: {
    past: [
      "supported a busy agency's founders with their inbox and calendar for two years",
      "caught up a year of bookkeeping for a café before its accounts were due",
      "answered customer emails and chats for an online shop through the holiday rush",
    ],
    questions: [
      "Which tools do you use today for email, calendars and files?",
      "Which hours would you like me to cover?",
      "Is there a list of saved replies or a process I should follow?",
      "What should I always check with you before doing?",
    ],
    praise: [
      "Reliable, discreet and always a step ahead.",
      "Our inbox has been under control since week one.",
      "The {deliverable} got done carefully, with no mistakes we could find.",
      "Customers mention how friendly and quick the replies are.",
    ],
    complaints: [
      "Several tasks were missed without telling us.",
      "Too many small mistakes in the {deliverable}.",
      "Availability didn't match the hours we'd agreed.",
    ],
  },
};
