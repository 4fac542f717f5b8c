"use client";

import Link from "next/link";
import type { ReactNode } from "react";

import { LocalTime } from "~/app/_components/local-time";
import { formatMoney } from "~/shared/format/money";
import { api } from "~/trpc/react";
import { badge } from "../../_components/admin-parts";
import { PersonActions, RevokeApiToken, RevokeSession } from "./person-actions";

const roleLabel = { client: "Client", freelancer: "Freelancer", admin: "Admin" } as const;

function Section({ title, children }: { title: string; children: ReactNode }) {
  const id = `section-${title.toLowerCase().replace(/[^a-z]+/g, "-")}`;
  return (
    <section
      aria-labelledby={id}
      className="flex min-w-0 flex-col gap-3 rounded-xl border border-slate-200 bg-white p-4 dark:border-slate-800 dark:bg-slate-900"
    >
      <h3 id={id} className="text-lg font-semibold">
        {title}
      </h3>
      {children}
    </section>
  );
}

function Rows({ label, empty, children }: { label: string; empty: string; children: ReactNode[] }) {
  if (children.length === 0)
    return <p className="text-sm text-slate-600 dark:text-slate-400">{empty}</p>;
  return (
    <ul aria-label={label} className="flex flex-col gap-2 text-sm">
      {children}
    </ul>
  );
}

const muted = "text-slate-600 dark:text-slate-400";
const link = "text-brand-700 dark:text-brand-300 font-medium wrap-anywhere underline";

/** A person's page: who they are, their work and money, their devices and their history. */
export function PersonView({ userId }: { userId: string }) {
  const [person] = api.admin.person.useSuspenseQuery({ userId });
  const { profile } = person;
  return (
    <div className="flex flex-col gap-6">
      <header className="flex flex-col gap-2">
        <p className="text-sm">
          <Link href="/admin/people" className={link}>
            ← People
          </Link>
        </p>
        <h2 className="text-2xl font-bold wrap-anywhere">{profile.name}</h2>
        <p className={`wrap-anywhere ${muted}`}>{profile.email}</p>
        <div className="flex flex-wrap gap-2">
          <span className={badge.neutral}>{roleLabel[profile.role]}</span>
          {profile.status === "suspended" ? (
            <span className={badge.danger}>Suspended</span>
          ) : (
            <span className={badge.neutral}>Active</span>
          )}
          <span className={profile.emailVerifiedAt ? badge.neutral : badge.warning}>
            {profile.emailVerifiedAt ? "Email verified" : "Email not verified"}
          </span>
          <span className={badge.neutral}>
            {profile.twoFactor ? "Two-factor on" : "Two-factor off"}
          </span>
          {profile.passwordResetRequiredAt ? (
            <span className={badge.warning}>Must reset password</span>
          ) : null}
          {profile.profileHiddenAt ? <span className={badge.warning}>Profile hidden</span> : null}
        </div>
        <p className={`text-sm ${muted}`}>
          Joined <LocalTime date={profile.createdAt} show="date" />
          {profile.role === "freelancer" ? (
            <>
              {" · "}
              <Link href={`/freelancers/${profile.id}`} className={link}>
                Public profile
              </Link>
            </>
          ) : null}
          {" · "}
          <Link
            href={`/admin/audit?targetType=user&targetId=${encodeURIComponent(profile.id)}`}
            className={link}
          >
            Everything about them in the audit log
          </Link>
        </p>
      </header>

      {profile.isSelf ? (
        <p className={`text-sm ${muted}`}>This is your own account: another admin acts on it.</p>
      ) : (
        <PersonActions profile={profile} />
      )}

      <div className="grid gap-4 lg:grid-cols-2">
        <Section title={`Projects (${person.projects.count})`}>
          <Rows label="Recent projects" empty="No projects.">
            {person.projects.recent.map((project) => (
              <li key={project.id}>
                <Link href={`/projects/${project.id}`} className={link}>
                  {project.title}
                </Link>{" "}
                <span className={muted}>· {project.status}</span>
              </li>
            ))}
          </Rows>
        </Section>
        <Section title={`Proposals (${person.proposals.count})`}>
          <Rows label="Recent proposals" empty="No proposals.">
            {person.proposals.recent.map((proposal) => (
              <li key={proposal.id}>
                <Link href={`/projects/${proposal.projectId}`} className={link}>
                  {proposal.projectTitle}
                </Link>{" "}
                <span className={muted}>· {proposal.status}</span>
              </li>
            ))}
          </Rows>
        </Section>
        <Section title={`Contracts (${person.contracts.count})`}>
          <Rows label="Recent contracts" empty="No contracts.">
            {person.contracts.recent.map((contract) => (
              <li key={contract.id}>
                <Link href={`/contracts/${contract.id}`} className={link}>
                  {contract.projectTitle}
                </Link>{" "}
                <span className={muted}>
                  · as {contract.as} · {contract.kind} ·{" "}
                  {formatMoney(contract.amountMinor, contract.currency)} · {contract.status}
                </span>
              </li>
            ))}
          </Rows>
        </Section>
        <Section title="Balances">
          <Rows label="Balances by currency" empty="No money has moved for them.">
            {person.balances.map((balance) => (
              <li key={balance.currency} className="flex flex-wrap gap-x-4">
                <span className="font-semibold">{balance.currency}</span>
                <span>Available {formatMoney(balance.available, balance.currency)}</span>
                <span>Pending {formatMoney(balance.pending, balance.currency)}</span>
                <span>Paid out {formatMoney(balance.paid_out, balance.currency)}</span>
              </li>
            ))}
          </Rows>
        </Section>
      </div>

      <Section title={`Signed-in devices (${person.sessions.length})`}>
        <Rows label="Signed-in devices" empty="Not signed in anywhere.">
          {person.sessions.map((session) => (
            <li
              key={session.id}
              className="flex flex-wrap items-start justify-between gap-2 border-b border-slate-200 pb-2 last:border-0 dark:border-slate-800"
            >
              <div className="min-w-0">
                <p className="wrap-anywhere">{session.userAgent ?? "Unknown browser"}</p>
                <p className={muted}>
                  {session.ip ?? "Unknown address"} · last seen{" "}
                  <LocalTime date={session.lastSeenAt} />
                  {session.secondFactor ? " · proved two-factor" : ""}
                </p>
              </div>
              {profile.isSelf ? null : <RevokeSession userId={profile.id} sessionId={session.id} />}
            </li>
          ))}
        </Rows>
      </Section>

      <ApiTokens userId={profile.id} />

      <Section title="Security and audit events">
        <Rows label="Events about them" empty="Nothing recorded about them yet.">
          {person.events.map((event) => (
            <li key={event.id} className="flex flex-col">
              <span className="font-medium">{event.action}</span>
              <span className={muted}>
                <LocalTime date={event.createdAt} /> ·{" "}
                {event.actorId === null
                  ? "Guild or someone signed out"
                  : event.actorId === profile.id
                    ? "by them"
                    : `by ${event.actorName ?? event.actorId}`}
                {event.ip ? ` · ${event.ip}` : ""}
              </span>
              {typeof event.detail?.reason === "string" ? (
                <span className="wrap-anywhere">Reason: {event.detail.reason}</span>
              ) : null}
            </li>
          ))}
        </Rows>
      </Section>
    </div>
  );
}

/** The person's live API tokens: what each may do and when it was last used. */
function ApiTokens({ userId }: { userId: string }) {
  const [tokens] = api.admin.apiTokens.useSuspenseQuery({ userId });
  const live = tokens.filter((token) => token.state === "active");
  return (
    <Section title={`API tokens (${live.length})`}>
      <Rows label="API tokens" empty="No live API tokens.">
        {live.map((token) => (
          <li
            key={token.id}
            className="flex flex-wrap items-start justify-between gap-2 border-b border-slate-200 pb-2 last:border-0 dark:border-slate-800"
          >
            <div className="min-w-0">
              <p className="wrap-anywhere">
                {token.name} <span className="font-mono">{token.prefix}…</span>
              </p>
              <p className={`wrap-anywhere ${muted}`}>
                {token.scopes.join(", ")} · expires <LocalTime date={token.expiresAt} /> ·{" "}
                {token.lastUsedAt ? (
                  <>
                    last used <LocalTime date={token.lastUsedAt} />
                    {token.lastUsedIp ? ` from ${token.lastUsedIp}` : ""}
                  </>
                ) : (
                  "never used"
                )}
              </p>
            </div>
            <RevokeApiToken userId={userId} token={token} />
          </li>
        ))}
      </Rows>
    </Section>
  );
}
