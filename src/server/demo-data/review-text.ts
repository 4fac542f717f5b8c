import { categoryPhrases, deliverableInProse } from "./category-phrases";
import type { WorkCategory } from "./organisations";
import type { Random } from "./random";

/**
 * Reviews and replies, composed from parts: how it went overall, something specific to the
 * kind of work and its deliverables, a word on the best or worst aspect the stars rate, and a
 * closing. The tone follows the stars: a two-star review doesn't gush, a five-star one doesn't
 * grumble, and a reply answers what the review said.
 */

type Band = "great" | "good" | "mixed" | "poor";
type Aspect = "communication" | "quality" | "timeliness";
export type Scores = { overall: number } & Record<Aspect, number>;

export interface ReviewFacts {
  category: WorkCategory;
  /** The project's deliverables, as its brief lists them. */
  deliverables: string[];
}

const bandOf = (overall: number): Band =>
  overall >= 5 ? "great" : overall === 4 ? "good" : overall === 3 ? "mixed" : "poor";

/** An aspect the stars rate highest (for praise) or lowest (for a caveat); ties drawn at random. */
function aspectOf(rng: Random, scores: Scores, highest: boolean): Aspect {
  const aspects: Aspect[] = ["communication", "quality", "timeliness"];
  const values = aspects.map((aspect) => scores[aspect]);
  const target = highest ? Math.max(...values) : Math.min(...values);
  return rng.pick(aspects.filter((aspect) => scores[aspect] === target));
}

function withDeliverable(rng: Random, text: string, facts: ReviewFacts) {
  return text.replaceAll(
    "{deliverable}",
    deliverableInProse(rng.pick(facts.deliverables) ?? "work"),
  );
}

const aboutFreelancer = {
  openers: {
    great: [
      "Excellent work from start to finish.",
      "A real pleasure to work with.",
      "One of the best freelancers we've hired.",
      "Exactly the person we needed.",
      "We couldn't have asked for more.",
      "Outstanding, and easy to work with.",
      "Understood what we needed better than our own brief did.",
    ],
    good: [
      "Good work overall.",
      "Solid skills and a fair price.",
      "Did what we asked and did it well.",
      "A good experience on the whole.",
      "Capable and professional.",
      "We're happy with the result.",
    ],
    mixed: [
      "A mixed experience.",
      "The result is usable, but it took more effort than expected.",
      "Some parts went well, others less so.",
      "We got there in the end.",
      "Okay, though not quite what we hoped for.",
    ],
    poor: [
      "Disappointing, unfortunately.",
      "This didn't work out for us.",
      "We expected a lot more.",
      "Not the experience we were hoping for.",
      "Hard to recommend, sadly.",
    ],
  },
  strengths: {
    communication: [
      "Communication was excellent: short written updates and quick answers.",
      "Always told us what was happening before we had to ask.",
      "Asked the right questions early, which saved us weeks.",
    ],
    quality: [
      "The quality of the work is the best we've had from anyone.",
      "Careful, thorough work; nothing needed redoing.",
      "Took real care over the details.",
    ],
    timeliness: [
      "Delivered ahead of schedule.",
      "Every milestone arrived on the day we agreed.",
      "Kept to the timeline even when we changed our minds.",
    ],
  },
  caveats: {
    communication: [
      "Updates needed a bit of chasing.",
      "Replies sometimes took a couple of days.",
      "We'd have liked to hear about problems sooner.",
    ],
    quality: [
      "A few details needed a second pass.",
      "Some rough edges we had to point out.",
      "Testing could have been more thorough.",
    ],
    timeliness: [
      "A couple of deadlines slipped.",
      "There were some delays in the middle.",
      "It took longer than the estimate.",
    ],
  },
  failings: {
    communication: [
      "Went silent for days at a time.",
      "We often didn't know what was being worked on.",
    ],
    quality: [
      "We had to redo parts of it ourselves.",
      "The work needed far more fixing than it should have.",
    ],
    timeliness: [
      "Missed most of the deadlines we agreed.",
      "Delivered weeks late without warning us.",
    ],
  },
  closings: {
    great: [
      "We'll definitely hire again.",
      "Already planning the next project together.",
      "Highly recommended.",
      "Thank you!",
      "Hire with confidence.",
    ],
    good: [
      "We'd work together again.",
      "Recommended.",
      "Happy to recommend.",
      "Thanks for the work.",
    ],
    mixed: [
      "Might work together again with a clearer plan.",
      "Worth it for smaller jobs.",
      "Fine for the price.",
    ],
    poor: [
      "We won't be working together again.",
      "We ended up finding someone else to finish it.",
      "Make sure you agree milestones in detail.",
    ],
  },
};

const aboutClient = {
  openers: {
    great: [
      "A wonderful client.",
      "Exactly the kind of client you hope for.",
      "Great to work with from the first call.",
      "One of my favourite projects this year.",
      "Clear, kind and decisive.",
    ],
    good: [
      "Good client.",
      "Friendly and fair.",
      "A good project to work on.",
      "Pleasant to work with.",
    ],
    mixed: [
      "Fine to work with, with some frustrations.",
      "An okay project.",
      "Mixed feelings about this one.",
    ],
    poor: [
      "A difficult project.",
      "Not an easy client to work with.",
      "I wouldn't take on this project again.",
    ],
  },
  details: {
    positive: [
      "Feedback on the {deliverable} came within a day.",
      "The brief was clear and the examples helped a lot.",
      "Gave me everything I needed on day one.",
      "Trusted me with the how once we'd agreed the what.",
      "Their team was welcoming and quick to answer questions.",
      "Signed off the {deliverable} quickly and paid at once.",
    ],
    negative: [
      "The scope kept growing without the budget following.",
      "Feedback on the {deliverable} kept changing, for reasons that weren't in the brief.",
      "Decisions were changed after work had been done.",
      "Access to what I needed took weeks to arrive.",
    ],
  },
  strengths: {
    communication: ["Answered questions quickly.", "Always easy to reach."],
    quality: ["Knew exactly what they wanted.", "One of the clearest briefs I've had."],
    timeliness: ["Paid on time, every time.", "Reviews and payments were always prompt."],
  },
  caveats: {
    communication: ["Replies sometimes took a few days.", "Hard to reach at times."],
    quality: ["Requirements moved a little along the way.", "Priorities shifted mid-project."],
    timeliness: ["Approvals sometimes took a week or more.", "The last payment took a while."],
  },
  closings: {
    great: [
      "Would happily work together again.",
      "Highly recommended.",
      "Hope to work together again soon.",
    ],
    good: ["Would work together again.", "Recommended.", "Thanks for the project."],
    mixed: ["Agree the scope in writing first.", "Go in with a clear contract."],
    poor: ["Proceed with care.", "Get every change in writing."],
  },
};

/** What the client writes about the freelancer, or the freelancer about the client. */
function comment(
  rng: Random,
  scores: Scores,
  about: "freelancer" | "client",
  aspects: { best: Aspect; worst: Aspect },
  facts: ReviewFacts,
) {
  const band = bandOf(scores.overall);
  const parts: string[] = [];
  if (about === "freelancer") {
    const text = aboutFreelancer;
    const phrases = categoryPhrases[facts.category];
    parts.push(rng.pick(text.openers[band]));
    if (band === "great" || band === "good" || (band === "mixed" && rng.chance(0.5)))
      parts.push(rng.pick(phrases.praise));
    else parts.push(rng.pick(phrases.complaints));
    if (band === "great") parts.push(rng.pick(text.strengths[aspects.best]));
    else if (band === "poor") parts.push(rng.pick(text.failings[aspects.worst]));
    else parts.push(rng.pick(text.caveats[aspects.worst]));
    if (rng.chance(0.7)) parts.push(rng.pick(text.closings[band]));
  } else {
    const text = aboutClient;
    const negative = band === "mixed" || band === "poor";
    parts.push(rng.pick(text.openers[band]));
    parts.push(rng.pick(negative ? text.details.negative : text.details.positive));
    if (band === "great") parts.push(rng.pick(text.strengths[aspects.best]));
    else if (negative || rng.chance(0.6)) parts.push(rng.pick(text.caveats[aspects.worst]));
    if (rng.chance(0.6)) parts.push(rng.pick(text.closings[band]));
  }
  return parts.join(" ");
}

type ReplyParts = {
  thanks: string[];
  remarks: string[] | Record<Aspect, string[]>;
  closings: string[];
};

const replies: Record<"freelancer" | "client", Record<"great" | "fair" | "poor", ReplyParts>> = {
  /** The freelancer answers the client's review. */
  freelancer: {
    great: {
      thanks: [
        "Thank you so much!",
        "Thanks for the kind words!",
        "Thank you, that means a lot.",
        "Much appreciated!",
      ],
      remarks: [
        "Working on the {deliverable} with your team was a pleasure.",
        "Your quick feedback made a big difference.",
        "I hope you get years of use out of the {deliverable}.",
        "",
      ],
      closings: [
        "Looking forward to the next phase.",
        "Happy to help again any time.",
        "Good luck with the launch!",
        "",
      ],
    },
    fair: {
      thanks: [
        "Thanks for the honest review.",
        "Thank you for the feedback.",
        "Thanks, and fair points.",
      ],
      remarks: {
        communication: [
          "You're right about the updates; I now send a short written summary every Friday.",
          "I should have raised the open questions about the {deliverable} sooner.",
        ],
        quality: [
          "Fair point on the details; I've added a proper review step before every hand-over.",
          "Glad the {deliverable} came together in the end.",
        ],
        timeliness: [
          "The delays were on me, and I've changed how I plan my estimates since.",
          "The {deliverable} took longer than I estimated, and I should have said so earlier.",
        ],
      },
      closings: ["I'd be glad to work together again.", "All the best with the project.", ""],
    },
    poor: {
      thanks: ["I'm sorry the project didn't go as we both hoped.", "I'm sorry to read this."],
      remarks: {
        communication: [
          "I take the point about communication and have changed how I report progress.",
        ],
        quality: ["I offered to fix the {deliverable} at no extra cost, and the offer stands."],
        timeliness: [
          "For anyone reading: the scope changed twice, and we agreed to move the deadline each time.",
        ],
      },
      closings: ["I wish you the best with it.", ""],
    },
  },
  /** The client answers the freelancer's review. */
  client: {
    great: {
      thanks: ["Thank you!", "Thanks, it was a pleasure working with you.", "Likewise, thank you!"],
      remarks: [
        "The {deliverable} was the part we valued most.",
        "We'll be in touch about the next project.",
        "",
      ],
      closings: [""],
    },
    fair: {
      thanks: ["Thanks for the honest feedback.", "Fair comment, thank you."],
      remarks: {
        communication: ["We're working on answering faster."],
        quality: ["Our priorities did shift mid-project, and we appreciate how you handled it."],
        timeliness: ["Our approvals were slower than they should have been; we've fixed that."],
      },
      closings: ["We'll write a clearer brief next time.", ""],
    },
    poor: {
      thanks: ["We're sorry you felt that way."],
      remarks: [
        "Every change of scope was agreed in writing, but we could have explained our reasons better.",
        "We paid for the work delivered and stand by our feedback on the {deliverable}.",
      ],
      closings: [""],
    },
  },
};

/** The reply of the person reviewed, answering what the review said. */
function reply(rng: Random, scores: Scores, from: "freelancer" | "client", worst: Aspect) {
  const band = bandOf(scores.overall);
  const { thanks, remarks, closings } =
    replies[from][band === "great" ? "great" : band === "poor" ? "poor" : "fair"];
  const remark = rng.pick(Array.isArray(remarks) ? remarks : remarks[worst]);
  return [rng.pick(thanks), remark, rng.pick(closings)].filter(Boolean).join(" ");
}

/**
 * A review and the reply its subject would write to it (used when they reply). Both speak of
 * the same aspect: the one the stars rate lowest, or highest for a glowing review.
 */
export function reviewText(
  rng: Random,
  scores: Scores,
  about: "freelancer" | "client",
  facts: ReviewFacts,
) {
  const aspects = { best: aspectOf(rng, scores, true), worst: aspectOf(rng, scores, false) };
  return {
    comment: withDeliverable(rng, comment(rng, scores, about, aspects, facts), facts),
    reply: withDeliverable(rng, reply(rng, scores, about, aspects.worst), facts),
  };
}
