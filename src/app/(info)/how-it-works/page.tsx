import type { Metadata } from "next";
import Link from "next/link";

import { InfoPage, InfoSection } from "../_components/info-page";

export const metadata: Metadata = {
  title: "How Guild works",
  description:
    "From a posted project to an approved milestone and a review: how hiring and working on Guild goes.",
};

const sections = [
  { id: "clients", title: "If you're hiring" },
  { id: "freelancers", title: "If you're looking for work" },
  { id: "milestones", title: "Contracts and milestones" },
  { id: "payments", title: "Payments and fees" },
  { id: "reviews", title: "Reviews" },
  { id: "trouble", title: "When something goes wrong" },
  { id: "safety", title: "Keeping your account safe" },
] as const;

function Steps({ steps }: { steps: readonly { title: string; text: string }[] }) {
  return (
    <ol className="flex flex-col gap-3">
      {steps.map((step) => (
        <li key={step.title}>
          <strong className="text-slate-900 dark:text-white">{step.title}.</strong> {step.text}
        </li>
      ))}
    </ol>
  );
}

const clientSteps = [
  {
    title: "Describe the work",
    text: "Post a project with what you need done, the skills it takes, a fixed budget or an hourly rate, and how experienced a freelancer you want. Save it as a draft until it reads right; publishing needs a confirmed email address.",
  },
  {
    title: "Compare proposals",
    text: "Freelancers answer with a cover letter, a bid and an estimate. Each proposal shows the freelancer's rating, completed contracts and how many of your project's skills they have. Shortlist the promising ones, decline the rest.",
  },
  {
    title: "Hire",
    text: "Accepting a proposal starts a contract for its bid. The project moves to in progress and every other open proposal is declined, so nobody waits for an answer that won't come.",
  },
  {
    title: "Plan and approve milestones",
    text: "Split the contract into milestones. Approve each one when it is delivered as agreed, or send it back with what needs to change.",
  },
] as const;

const freelancerSteps = [
  {
    title: "Make a profile clients trust",
    text: "A headline, what you do and have done, your skills, an hourly rate and whether you're available. Your rating and completed contracts grow with every contract.",
  },
  {
    title: "Find projects",
    text: "Search open projects by words, skills, budget and how recently they were posted. Your dashboard recommends projects that ask for the skills on your profile and fit your rate.",
  },
  {
    title: "Send a proposal",
    text: "Say how you would do the work, your bid and how long it will take. You can edit it until the client decides, or withdraw it.",
  },
  {
    title: "Deliver milestone by milestone",
    text: "Submit each milestone with a note and links to the work. The client approves it or asks for changes with a reason; the last approval completes the contract.",
  },
] as const;

export default function HowItWorksPage() {
  return (
    <InfoPage
      title="How Guild works"
      updated="December 2, 2026"
      sections={sections}
      intro={
        <p>
          Guild connects people who need work done with people who do it, and keeps a clear record
          of what was agreed and delivered. Here is how it goes, step by step.
        </p>
      }
    >
      <InfoSection id="clients" title="If you're hiring">
        <Steps steps={clientSteps} />
        <p>
          <Link href="/signup">Create a client account</Link> or{" "}
          <Link href="/freelancers">browse freelancers</Link> first.
        </p>
      </InfoSection>

      <InfoSection id="freelancers" title="If you're looking for work">
        <Steps steps={freelancerSteps} />
        <p>
          <Link href="/projects">Browse open projects</Link>, or{" "}
          <Link href="/signup">create a freelancer account</Link>.
        </p>
      </InfoSection>

      <InfoSection id="milestones" title="Contracts and milestones">
        <p>
          A contract has an amount: the accepted bid. The client plans milestones inside it, each
          with a title, an amount and, if it matters, a due date; they can never add up to more than
          the contract. If the work grows, the client proposes a new amount with a reason, and it
          changes only when the freelancer agrees. Both sides see every milestone&apos;s state: to
          do, submitted, changes requested or approved. A client may end a contract early; the
          record then says so.
        </p>
      </InfoSection>

      <InfoSection id="payments" title="Payments and fees">
        <p>
          Payments through Guild are coming, not here yet: for now Guild records agreements and
          approvals, and you settle payment between yourselves. When payments arrive, a client will
          fund each milestone into escrow before work on it starts, and the money will be released
          to the freelancer when the milestone is approved. Our fees are not set yet; Guild is free
          until they are, and every account will hear about them at least 30 days before they apply.
          The <Link href="/terms#payments">terms</Link> hold the details.
        </p>
      </InfoSection>

      <InfoSection id="reviews" title="Reviews">
        <p>
          When a contract completes or ends, the client and the freelancer may each review the other
          once, from 1 to 5 stars for the work overall, communication, quality and timeliness, with
          a comment. The person reviewed may reply once. Ratings on profiles are the average of
          these reviews and nothing else: nobody can buy or edit one.
        </p>
      </InfoSection>

      <InfoSection id="trouble" title="When something goes wrong">
        <p>
          Start with the milestone: request changes and say exactly what is missing. If you cannot
          agree, write to Guild support with the contract&apos;s link; we read its record and tell
          you both what we see. Anyone who harasses, cheats or breaks the{" "}
          <Link href="/terms#conduct">rules of conduct</Link> may be suspended.
        </p>
      </InfoSection>

      <InfoSection id="safety" title="Keeping your account safe">
        <p>
          Use a long password you don&apos;t use anywhere else (Guild tells you how strong it is as
          you type) and turn on two-factor authentication under Account, Security. There you can
          also see every device signed in to your account and sign any of them out. Changing your
          email address needs your password and a link sent to the new address, and we tell the old
          address when it happens. The <Link href="/privacy">privacy notice</Link> says what we keep
          and why.
        </p>
      </InfoSection>
    </InfoPage>
  );
}
