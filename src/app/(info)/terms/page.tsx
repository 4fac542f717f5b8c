import type { Metadata } from "next";
import Link from "next/link";

import { env } from "~/env";
import { InfoPage, InfoSection } from "../_components/info-page";

export const metadata: Metadata = {
  title: "Terms of service",
  description: "The rules for using Guild, for clients and freelancers alike.",
};

const sections = [
  { id: "who", title: "Who we are and what Guild does" },
  { id: "accounts", title: "Your account" },
  { id: "projects", title: "Projects and proposals" },
  { id: "contracts", title: "Contracts and milestones" },
  { id: "payments", title: "Payments, fees and escrow" },
  { id: "reviews", title: "Reviews" },
  { id: "conduct", title: "Conduct" },
  { id: "disputes", title: "Disagreements and disputes" },
  { id: "enforcement", title: "Suspension and closing an account" },
  { id: "work", title: "Who owns the work" },
  { id: "liability", title: "What we promise, and what we don't" },
  { id: "changes", title: "Changes to these terms" },
  { id: "contact", title: "Contact" },
] as const;

export default function TermsPage() {
  const support = env.SUPPORT_EMAIL;
  return (
    <InfoPage
      title="Terms of service"
      updated="December 2, 2026"
      sections={sections}
      intro={
        <p>
          These terms are the agreement between you and Guild when you use this site, whether you
          hire or work. We wrote them to be read: if something is unclear, ask us at{" "}
          <a href={`mailto:${support}`} className="text-brand-700 dark:text-brand-300 underline">
            {support}
          </a>
          .
        </p>
      }
    >
      <InfoSection id="who" title="Who we are and what Guild does">
        <p>
          Guild is an open-source freelance marketplace. Clients post projects; freelancers send
          proposals; a client who accepts a proposal starts a contract with that freelancer, and the
          work is planned and approved milestone by milestone. Guild provides the place and keeps
          the record. We are not a party to your contracts, we do not employ freelancers, and we do
          not act as anyone&apos;s agent.
        </p>
      </InfoSection>

      <InfoSection id="accounts" title="Your account">
        <ul>
          <li>
            You must be at least 18 and able to enter contracts where you live. A business may use
            Guild through people it authorises.
          </li>
          <li>
            One person, one account. Use your real name and an email address you read: we send links
            that confirm changes there, and you must confirm it before you publish a project or send
            a proposal.
          </li>
          <li>
            Keep your password to yourself and turn on two-factor authentication (Account,
            Security). You are responsible for what happens through your account until you tell us
            it was taken over.
          </li>
          <li>
            Choose whether you hire or work when you sign up. Administrator accounts are given by
            Guild only.
          </li>
        </ul>
      </InfoSection>

      <InfoSection id="projects" title="Projects and proposals">
        <p>
          A project describes real work you intend to pay for: its scope, the skills it needs and a
          budget (fixed, or an hourly rate). Drafts are private; published projects are public until
          you close them or hire. Freelancers send one proposal per project, with a bid and an
          estimate; they may edit it until you decide and may withdraw it before you hire.
        </p>
        <p>
          Hiring is one step: accepting a proposal starts the contract for its bid, moves the
          project to &quot;in progress&quot; and declines every other open proposal, so nobody is
          left waiting.
        </p>
      </InfoSection>

      <InfoSection id="contracts" title="Contracts and milestones">
        <p>
          A contract is between the client and the freelancer. The client plans milestones (a title,
          an amount and an optional due date) that may not add up to more than the contract&apos;s
          amount unless both agree to a new amount. The freelancer submits each milestone with a
          note and links; the client approves it or sends it back with a reason. The last approval
          completes the contract; a client may instead end it early, and the record shows that it
          ended early.
        </p>
        <p>
          Approving a milestone says the work was delivered as agreed. Do not approve work you have
          not checked, and do not hold back approval of work that was delivered as agreed.
        </p>
      </InfoSection>

      <InfoSection id="payments" title="Payments, fees and escrow">
        <p>
          <strong>Guild does not move money yet.</strong> Today it records what was agreed and
          approved; clients and freelancers settle payment between themselves. Payments through
          Guild will arrive later, and with them:
        </p>
        <ul>
          <li>
            Escrow: a client funds a milestone before work on it starts; the money is held by our
            payment provider, not by either party, and is released to the freelancer when the
            milestone is approved.
          </li>
          <li>
            Fees: our fees are not set yet. Using Guild is free until they are. We will publish them
            here and tell every account by email at least 30 days before any fee applies, and no fee
            will apply to a contract started before the announcement.
          </li>
        </ul>
        <p>
          Until then, never pay or ask for payment in a way that bypasses the milestones you agreed
          on Guild: the milestone record is what we rely on if you disagree.
        </p>
      </InfoSection>

      <InfoSection id="reviews" title="Reviews">
        <p>
          When a contract completes or ends, each side may review the other once (overall,
          communication, quality and timeliness, from 1 to 5, and a comment), and the person
          reviewed may reply once. Reviews must be honest and about that contract. We may remove
          reviews that threaten, harass, reveal personal data, or were bought, traded or written by
          someone who was not a party; we do not remove a review because it is negative.
        </p>
      </InfoSection>

      <InfoSection id="conduct" title="Conduct">
        <p>On Guild you must not:</p>
        <ul>
          <li>harass, threaten or discriminate against anyone;</li>
          <li>post work that is illegal, or ask for it;</li>
          <li>
            misrepresent who you are, your skills or your work (including work generated by tools
            you present as your own when the client asked otherwise);
          </li>
          <li>send spam, or contact people outside Guild about work they did not ask for;</li>
          <li>share someone else&apos;s personal data or confidential material without consent;</li>
          <li>
            probe, overload or break Guild (report security problems to us instead: we thank people
            who do).
          </li>
        </ul>
      </InfoSection>

      <InfoSection id="disputes" title="Disagreements and disputes">
        <p>
          Most disagreements end with a conversation: say what you expected, point to the milestone
          and its submission, and use &quot;request changes&quot; rather than silence. If that
          fails, write to us at <a href={`mailto:${support}`}>{support}</a> with the contract&apos;s
          link. We read the contract&apos;s record (the plan, submissions, requests for changes and
          approvals) and tell both sides what we see. Until payments run through Guild we cannot
          move money between you; once they do, a disputed milestone&apos;s escrow stays held until
          the dispute is settled by agreement, by our decision on the record, or by a court.
        </p>
      </InfoSection>

      <InfoSection id="enforcement" title="Suspension and closing an account">
        <p>
          We may suspend an account that breaks these terms or puts others at risk; a suspended
          account cannot sign in and its public profile is hidden. We tell you why, and you may
          answer us by email. You may close your account at any time by writing to us; contracts you
          were part of stay on record for the other party, without your contact details.
        </p>
      </InfoSection>

      <InfoSection id="work" title="Who owns the work">
        <p>
          Unless your contract says otherwise, the rights in a milestone&apos;s work pass to the
          client when the milestone is approved (and, once payments run through Guild, paid for).
          Freelancers may show finished work in their portfolio unless the client asked for
          confidentiality. What you post on Guild stays yours; you let us show it on Guild for as
          long as it is there.
        </p>
      </InfoSection>

      <InfoSection id="liability" title="What we promise, and what we don't">
        <p>
          We work to keep Guild available, secure and correct, but we provide it as it is: we do not
          guarantee any project, freelancer, client or outcome, and we are not liable for the work
          or payments between you. Nothing in these terms limits rights the law where you live gives
          you and that cannot be waived.
        </p>
      </InfoSection>

      <InfoSection id="changes" title="Changes to these terms">
        <p>
          When we change these terms we update the date at the top; for changes that matter to you
          we email every account at least 30 days before they apply. The{" "}
          <Link href="/privacy">privacy notice</Link> explains what we do with your data, and{" "}
          <Link href="/how-it-works">How Guild works</Link> walks through the steps above.
        </p>
      </InfoSection>

      <InfoSection id="contact" title="Contact">
        <p>
          Questions, reports and disputes: <a href={`mailto:${support}`}>{support}</a>. We answer
          within two working days.
        </p>
      </InfoSection>
    </InfoPage>
  );
}
