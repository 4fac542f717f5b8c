import type { Metadata } from "next";
import Link from "next/link";

import { env } from "~/env";
import { InfoPage, InfoSection } from "../_components/info-page";

export const metadata: Metadata = {
  title: "Privacy notice",
  description: "What Guild keeps about you, why, for how long, and the one cookie it sets.",
};

const sections = [
  { id: "summary", title: "In short" },
  { id: "what", title: "What we keep, and why" },
  { id: "public", title: "What others can see" },
  { id: "security", title: "Security records" },
  { id: "cookies", title: "Cookies" },
  { id: "email", title: "Email we send" },
  { id: "sharing", title: "Who else handles your data" },
  { id: "retention", title: "How long we keep it" },
  { id: "rights", title: "Your choices and rights" },
  { id: "contact", title: "Contact" },
] as const;

const cell = "border-b border-slate-200 px-3 py-2 align-top dark:border-slate-800";

const kept = [
  {
    what: "Name, email address, account type (client or freelancer)",
    why: "To run your account, sign you in, and show who you are to the people you work with.",
  },
  {
    what: "Your password, as an argon2id hash (never the password itself)",
    why: "To check it when you sign in. Nobody at Guild can read it.",
  },
  {
    what: "Two-factor secret (encrypted) and recovery codes (hashed)",
    why: "To check the codes you enter, if you turned two-factor authentication on.",
  },
  {
    what: "Your public profile: headline, bio, skills, rate, location, portfolio, company",
    why: "So clients and freelancers can find and judge each other. You choose what to write.",
  },
  {
    what: "Projects, proposals, contracts, milestones, submissions, reviews and replies",
    why: "They are the marketplace: both parties rely on this record, and we rely on it in a dispute.",
  },
  {
    what: "Sessions: device (browser and system), IP address, when it started and was last used",
    why: "To keep you signed in, let you see and end your sessions, and spot a stolen one.",
  },
  {
    what: "Security events: sign-ins, failed attempts, changes of password, email or 2FA",
    why: "So you (Account, Security) and we can tell what happened to an account.",
  },
] as const;

export default function PrivacyPage() {
  const support = env.SUPPORT_EMAIL;
  return (
    <InfoPage
      title="Privacy notice"
      updated="December 2, 2026"
      sections={sections}
      intro={
        <p>
          This notice says what Guild keeps about you, why, who can see it and for how long. Guild
          is open source: anyone can read exactly what the code stores.
        </p>
      }
    >
      <InfoSection id="summary" title="In short">
        <ul>
          <li>We keep what the marketplace needs to work and to stay safe, and nothing more.</li>
          <li>No advertising, no tracking, no analytics scripts, no selling or renting data.</li>
          <li>One cookie: the one that keeps you signed in.</li>
        </ul>
      </InfoSection>

      <InfoSection id="what" title="What we keep, and why">
        <div className="overflow-x-auto rounded-lg border border-slate-200 dark:border-slate-800">
          <table className="w-full text-left text-sm">
            <caption className="sr-only">The data Guild keeps and why</caption>
            <thead className="bg-slate-100 dark:bg-slate-900">
              <tr>
                <th scope="col" className={cell}>
                  What
                </th>
                <th scope="col" className={cell}>
                  Why
                </th>
              </tr>
            </thead>
            <tbody>
              {kept.map((row) => (
                <tr key={row.what}>
                  <td className={cell}>{row.what}</td>
                  <td className={cell}>{row.why}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        <p>
          We use this data to provide Guild to you under our <Link href="/terms">terms</Link>, and
          for the security of everyone on it. We do not use it to profile you for anyone else.
        </p>
      </InfoSection>

      <InfoSection id="public" title="What others can see">
        <p>
          Anyone can see a freelancer&apos;s or client&apos;s public profile, published projects,
          and reviews with their replies. A proposal is seen by its freelancer and the client it was
          sent to; a contract, its milestones and submissions by its two parties. Your email address
          is never shown to other people. Guild&apos;s administrators can see accounts and records
          only after proving a second factor, and what they change is recorded.
        </p>
      </InfoSection>

      <InfoSection id="security" title="Security records">
        <p>
          Our server logs each request&apos;s time, page and outcome (not who made it), to keep
          Guild running. Security events (with the address and device they came from) are written to
          a record that cannot be edited or deleted, even by us. You see your own under{" "}
          <Link href="/account/security">Account, Security</Link>. When someone else acts on your
          account (an administrator changing its status), you see what and when, but not their
          address or device.
        </p>
      </InfoSection>

      <InfoSection id="cookies" title="Cookies">
        <p>
          Guild sets one cookie, <code>guild.session</code> (called{" "}
          <code>__Host-guild.session</code> on a secure connection). It holds a signed reference to
          your session and nothing else; it cannot be read by scripts (HttpOnly), is not sent with
          requests from other sites (SameSite=Lax), and ends when you sign out, after 7 days without
          use, or after 30 days in all. It is strictly necessary, so there is nothing to consent to
          and no banner.
        </p>
        <p>
          Where this Guild offers &quot;Sign in with GitHub&quot;, the sign-in exchange also sets
          short-lived cookies that protect it against forgery; they end when you are back. We set no
          other cookies, and load nothing from other sites that could.
        </p>
      </InfoSection>

      <InfoSection id="email" title="Email we send">
        <p>
          Only mail about your account: links to confirm your address or a new one, to reset your
          password, and notices when your email is changed. No newsletters unless you ask for them,
          and we never send anyone&apos;s address to a marketing service.
        </p>
      </InfoSection>

      <InfoSection id="sharing" title="Who else handles your data">
        <p>
          The companies that host Guild&apos;s servers and database, and the service that delivers
          its email, process data on our behalf and may not use it for anything else. When payments
          arrive, a payment provider will handle card and bank details; Guild will not store them.
          We disclose data to authorities only when the law requires it, and tell you unless the law
          forbids it.
        </p>
      </InfoSection>

      <InfoSection id="retention" title="How long we keep it">
        <ul>
          <li>Your account and profile: while the account is open.</li>
          <li>
            Contracts, milestones and reviews: as long as the other party&apos;s account uses them,
            because they are their record too. When you close your account we remove your contact
            details from them.
          </li>
          <li>
            Sessions: a session ends after 7 days without use or 30 days in all; its record stays in
            your list of security events.
          </li>
          <li>
            Links we email: they stop working after an hour (password reset) or a day (email
            confirmation); we only ever store a fingerprint of them.
          </li>
        </ul>
      </InfoSection>

      <InfoSection id="rights" title="Your choices and rights">
        <p>
          You can correct your name, profile and email address yourself, see your sessions and
          security events, and end any session. You may ask us for a copy of your data, to correct
          or delete it, or object to how we use it, by writing to{" "}
          <a href={`mailto:${support}`}>{support}</a>. If you think we got it wrong, you may also
          complain to your data-protection authority.
        </p>
      </InfoSection>

      <InfoSection id="contact" title="Contact">
        <p>
          Privacy questions and requests: <a href={`mailto:${support}`}>{support}</a>.
        </p>
      </InfoSection>
    </InfoPage>
  );
}
