import { categoryPhrases, deliverableInProse } from "./category-phrases";
import type { WorkCategory } from "./organisations";
import type { Random } from "./random";

/** What seeded people write to each other: proposals and hand-overs (reviews are in review-text.ts). */

const greetings = ["Hi!", "Hello,", "Hi there,", "Hello!", "Good morning,", ""];

const hooks = [
  "I read your brief for “{title}” and it is very close to work I do every week.",
  "{skill} is what I have spent most of the last {years} years on, so this caught my eye.",
  "Thanks for the clear brief. I have done several projects like this one and would enjoy it.",
  "I'd love to help with this. I work mainly with {skill} and have done so for {years} years.",
  "Short version: yes, I can do this, and I have one question below.",
  "Your project stood out because it is exactly the kind of {skill} work I do best.",
  "I have {years} years of {skill} behind me and this brief reads like a project I'd enjoy.",
];

const pastIntros = [
  "Last year I",
  "Recently I",
  "One example: I",
  "Most relevant to you, I",
  "Earlier this year I",
];

const experience = [
  "I have worked with small teams like yours and know how to keep you in the loop without long meetings.",
  "You can see comparable work in my portfolio; happy to walk you through it.",
  "I care about leaving things tidy: documented, tested and easy for your team to change later.",
  "Previous clients mention my communication: short written updates, and no surprises at the end.",
  "",
  "",
];

const approaches = [
  "I'd start with the {deliverable}, since the rest depends on it, and show you something within the first week.",
  "My plan: agree the scope on a short call, then deliver the {deliverable} first so you can react early.",
  "I usually split work like this into two or three milestones, each with a clear hand-over; the first would be the {deliverable}.",
  "I'd begin with the riskiest part, the {deliverable}, so we learn early whether the budget is right.",
  "I'd deliver in small steps you can review as we go, starting with the {deliverable}.",
];

const questionIntros = [
  "One question:",
  "Before I start:",
  "A question that would help me plan:",
  "To get going quickly:",
];

const closings = [
  "Looking forward to hearing from you.",
  "Happy to answer any questions before you decide.",
  "If this sounds right, I can start next week.",
  "Thanks for considering my proposal.",
  "I'm free for a short call any day this week.",
  "Thanks for reading!",
];

const lower = (text: string) => text.charAt(0).toLowerCase() + text.slice(1);

/** A proposal's cover letter, about this project's kind of work and one of its deliverables. */
export function coverLetter(
  rng: Random,
  facts: {
    title: string;
    skill: string;
    years: number;
    category: WorkCategory;
    deliverables: string[];
  },
) {
  const phrases = categoryPhrases[facts.category];
  const deliverable = deliverableInProse(rng.pick(facts.deliverables) ?? "first milestone");
  const fill = (text: string) =>
    text
      .replaceAll("{title}", facts.title)
      .replaceAll("{skill}", facts.skill)
      .replaceAll("{years}", String(facts.years))
      .replaceAll("{deliverable}", deliverable);
  const opening = [rng.pick(greetings), rng.pick(hooks)].filter(Boolean).join(" ");
  const past = [`${rng.pick(pastIntros)} ${rng.pick(phrases.past)}.`, rng.pick(experience)]
    .filter(Boolean)
    .join(" ");
  const question = rng.chance(0.6)
    ? `${rng.pick(questionIntros)} ${lower(rng.pick(phrases.questions))}`
    : "";
  return [opening, past, rng.pick(approaches), question, rng.pick(closings)]
    .filter(Boolean)
    .map(fill)
    .join("\n\n");
}

const submissionNotes = [
  "All done for this milestone. Notes on what changed and how to test it are in the document linked below.",
  "Here is the finished work. I recorded a short walkthrough so you can review it at your own pace.",
  "Delivered as agreed. I also fixed two small issues I noticed along the way; details in the notes.",
  "Ready for your review. Everything is on the staging link; the checklist shows what I tested.",
  "This covers everything in the milestone. Let me know if anything needs another pass.",
];

const changeRequests = [
  "Thanks! Nearly there: the mobile layout breaks below 360 px, and the copy on the last step needs our wording.",
  "Could you add the export we discussed on our call? Otherwise this looks good.",
  "A couple of the edge cases in the brief aren't handled yet (empty states and long names). Please take another look.",
  "The colours don't match the brand guide we shared. Could you align them and resubmit?",
  "Looks good overall, but we need the documentation section before we can sign this off.",
];

export const submissionNote = (rng: Random) => rng.pick(submissionNotes);
export const changesReason = (rng: Random) => rng.pick(changeRequests);
