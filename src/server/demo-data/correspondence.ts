import type { Random } from "./random";

/** What seeded people write to each other: proposals, hand-overs, reviews and replies. */

const openings = [
  "Hi! I read your brief for “{title}” and it is very close to work I do every week.",
  "Hello, this project caught my eye: {skill} is what I have spent most of the last {years} years on.",
  "Hi there, thanks for the clear brief. I have shipped several projects like “{title}” and would enjoy this one.",
  "Hello! I'd love to help with this. I work mainly with {skill} and have done so for {years} years.",
  "Hi, I have a few questions below, but the short version is: yes, I can do this, and well.",
];

const experience = [
  "Most recently I did something very similar for a client in the same space, and we launched on time.",
  "I have worked with small teams like yours and know how to keep you in the loop without long meetings.",
  "You can see two comparable projects in my portfolio; happy to walk you through either of them.",
  "I care about leaving things tidy: documented, tested and easy for your team to change later.",
  "Previous clients mention my communication: short daily notes, and no surprises at the end.",
];

const approaches = [
  "I would start with a short call to agree on scope, then deliver in small steps you can review as we go.",
  "My plan: a first week to understand what exists, then weekly milestones with something you can try.",
  "I'd suggest we begin with the riskiest part so that we learn early whether the budget is right.",
  "I usually split work like this into two or three milestones, each with a clear hand-over.",
];

const closings = [
  "Looking forward to hearing from you.",
  "Happy to answer any questions before you decide.",
  "If this sounds right, I can start next week.",
  "Thanks for considering my proposal.",
];

export function coverLetter(rng: Random, facts: { title: string; skill: string; years: number }) {
  const fill = (text: string) =>
    text
      .replaceAll("{title}", facts.title)
      .replaceAll("{skill}", facts.skill)
      .replaceAll("{years}", String(facts.years));
  return [rng.pick(openings), rng.pick(experience), rng.pick(approaches), rng.pick(closings)]
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

/** Review comments by star band, as the client writes about the freelancer and vice versa. */
const aboutFreelancer: Record<"great" | "good" | "poor", string[]> = {
  great: [
    "Excellent work from start to finish. Clear communication, sensible suggestions, delivered ahead of schedule.",
    "A real pleasure to work with. Understood what we needed better than our own brief did.",
    "Top quality and very reliable. We will definitely hire again for the next phase.",
    "Fast, thorough and easy to talk to. The hand-over documentation was a lovely bonus.",
  ],
  good: [
    "Good work overall. A few delays in the middle, but the result is solid.",
    "Did what we asked and did it well. Needed a bit of chasing on updates.",
    "Solid skills and a fair price. Some back-and-forth on details, but we got there.",
  ],
  poor: [
    "The work was delivered, but communication was patchy and we had to redo parts ourselves.",
    "Missed several deadlines. The final result was acceptable but not what we hoped for.",
  ],
};

const aboutClient: Record<"great" | "good" | "poor", string[]> = {
  great: [
    "Clear brief, quick feedback and paid on time. Exactly the kind of client you hope for.",
    "Great to work with: decisive, friendly and respectful of my time.",
    "Knew what they wanted and trusted me with the how. Would happily work together again.",
  ],
  good: [
    "Good client. Requirements moved a little during the project but we sorted it out.",
    "Friendly and fair; feedback sometimes took a few days.",
  ],
  poor: [
    "The scope kept growing without the budget following. Communication could have been better.",
    "Slow to respond and unclear about priorities, which made planning hard.",
  ],
};

const replies = [
  "Thank you so much! It was a pleasure working with you too.",
  "Thanks for the kind words, and for the clear feedback along the way.",
  "Thanks for the review. Fair points on the delays; I have changed how I plan milestones since.",
  "Much appreciated! Looking forward to the next project.",
  "Thank you for taking the time to write this.",
];

export function reviewComment(rng: Random, overall: number, about: "freelancer" | "client") {
  const band = overall >= 5 ? "great" : overall >= 3 ? "good" : "poor";
  return rng.pick((about === "freelancer" ? aboutFreelancer : aboutClient)[band]);
}

export const reviewReply = (rng: Random) => rng.pick(replies);
