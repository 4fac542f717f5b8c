import type { MilestoneStatus } from "~/shared/statuses";
import Link from "next/link";
import type { ReactNode } from "react";

import { formatHours, formatRate } from "~/shared/format/hours";
import { formatMoney } from "~/shared/format/money";
import { EmptyState } from "~/app/_components/empty-state";
import { DueDate } from "~/app/_components/local-time";
import { ProgressBar } from "~/app/_components/progress-bar";

const card =
  "rounded-xl border border-slate-200 bg-white p-5 shadow-sm dark:border-slate-800 dark:bg-slate-900";

/** A titled block of the dashboard, with an optional link to the full list. */
export function DashboardSection({
  id,
  title,
  action,
  children,
}: {
  id: string;
  title: string;
  action?: { href: string; label: string };
  children: ReactNode;
}) {
  return (
    <section aria-labelledby={id} className="flex min-w-0 flex-col gap-3">
      <div className="flex items-baseline justify-between gap-3">
        <h2 id={id} className="text-xl font-semibold text-slate-900 dark:text-white">
          {title}
        </h2>
        {action ? (
          <Link
            href={action.href}
            className="text-brand-700 dark:text-brand-300 text-sm font-medium whitespace-nowrap hover:underline"
          >
            {action.label}
          </Link>
        ) : null}
      </div>
      {children}
    </section>
  );
}

/** Counts as a row of tiles, each a link when there is somewhere to go. */
export function CountTiles({
  label,
  tiles,
}: {
  label: string;
  tiles: { label: string; count: number; href?: string }[];
}) {
  return (
    <ul aria-label={label} className="grid grid-cols-2 gap-3 sm:grid-cols-4">
      {tiles.map((tile) => {
        const body = (
          <>
            <span className="block text-2xl font-bold text-slate-900 tabular-nums dark:text-white">
              {tile.count}
            </span>
            <span className="text-sm text-slate-600 dark:text-slate-400">{tile.label}</span>
          </>
        );
        return (
          <li key={tile.label}>
            {tile.href ? (
              <Link
                href={tile.href}
                className={`${card} hover:border-brand-300 dark:hover:border-brand-700 block h-full`}
              >
                {body}
              </Link>
            ) : (
              <div className={`${card} h-full`}>{body}</div>
            )}
          </li>
        );
      })}
    </ul>
  );
}

interface ContractRow {
  id: string;
  projectTitle: string;
  otherPartyName: string;
  kind: "fixed" | "hourly";
  amountMinor: number;
  hourlyRateMinor: number | null;
  weeklyLimitMinutes: number | null;
  minutesThisWeek: number;
  currency: string;
  milestoneCount: number;
  approvedCount: number;
}

/** Active contracts: fixed ones with how far their milestones have come, hourly ones with this week's hours. */
export function ActiveContracts({ contracts, role }: { contracts: ContractRow[]; role: string }) {
  if (contracts.length === 0)
    return (
      <EmptyState>
        No active contracts.{" "}
        {role === "client"
          ? "Hire from a project's proposals to start one."
          : "When a client hires you, the contract appears here."}
      </EmptyState>
    );
  return (
    <ul className="flex flex-col gap-3">
      {contracts.map((contract) => (
        <li key={contract.id} className={card}>
          <div className="flex flex-wrap items-baseline justify-between gap-2">
            <Link
              href={`/contracts/${contract.id}`}
              className="text-brand-700 dark:text-brand-300 font-semibold hover:underline"
            >
              {contract.projectTitle}
            </Link>
            <span className="text-sm font-semibold tabular-nums">
              {contract.kind === "hourly"
                ? formatRate(contract.hourlyRateMinor!, contract.currency)
                : formatMoney(contract.amountMinor, contract.currency)}
            </span>
          </div>
          {contract.kind === "hourly" ? (
            <>
              <p className="mt-1 text-sm text-slate-600 dark:text-slate-400">
                With {contract.otherPartyName}
              </p>
              <div className="mt-3">
                <ProgressBar
                  label="Hours this week"
                  name={`Hours this week on ${contract.projectTitle}`}
                  value={contract.minutesThisWeek}
                  max={contract.weeklyLimitMinutes!}
                  valueText={`${formatHours(contract.minutesThisWeek)} of ${formatHours(contract.weeklyLimitMinutes!)}`}
                />
              </div>
            </>
          ) : (
            <p className="mt-1 text-sm text-slate-600 dark:text-slate-400">
              With {contract.otherPartyName}
              {contract.milestoneCount === 0 ? " · no milestones yet" : ""}
            </p>
          )}
          {contract.kind === "fixed" && contract.milestoneCount > 0 ? (
            <div className="mt-3">
              <ProgressBar
                label="Milestones approved"
                name={`Milestones approved on ${contract.projectTitle}`}
                value={contract.approvedCount}
                max={contract.milestoneCount}
                valueText={`${contract.approvedCount} of ${contract.milestoneCount}`}
              />
            </div>
          ) : null}
        </li>
      ))}
    </ul>
  );
}

interface MilestoneRow {
  id: string;
  contractId: string;
  title: string;
  projectTitle: string;
  amountMinor: number;
  currency: string;
  status: MilestoneStatus;
  dueDate: Date | null;
}

/**
 * Milestones still in play, soonest due first, each saying whose move it is and marked
 * "Overdue" once the viewer's own today is past its due day.
 */
export function MilestonesDue({
  milestones,
  role,
  now,
}: {
  milestones: MilestoneRow[];
  role: "client" | "freelancer";
  now: number;
}) {
  if (milestones.length === 0) return <EmptyState>No milestones in play.</EmptyState>;
  const whoseMove = (status: MilestoneRow["status"]) => {
    if (status === "submitted")
      return role === "client" ? "Ready for your review" : "Waiting for approval";
    if (status === "changes_requested")
      return role === "client" ? "Changes requested" : "Changes requested from you";
    if (status === "pending") return role === "client" ? "Fund it to start" : "Waiting for funding";
    return role === "client" ? "In progress" : "To deliver";
  };
  return (
    <ul className="divide-y divide-slate-200 rounded-xl border border-slate-200 bg-white dark:divide-slate-800 dark:border-slate-800 dark:bg-slate-900">
      {milestones.map((m) => {
        const yourMove =
          (role === "client" && (m.status === "submitted" || m.status === "pending")) ||
          (role === "freelancer" && m.status !== "submitted" && m.status !== "pending");
        return (
          <li key={m.id} className="flex flex-col gap-1 p-4">
            <div className="min-w-0">
              <Link
                href={`/contracts/${m.contractId}`}
                className="text-brand-700 dark:text-brand-300 font-semibold hover:underline"
              >
                {m.title}
              </Link>
              <p className="truncate text-sm text-slate-600 dark:text-slate-400">
                {m.projectTitle}
              </p>
            </div>
            <div className="flex flex-wrap items-center gap-x-3 text-sm">
              <span className="tabular-nums">{formatMoney(m.amountMinor, m.currency)}</span>
              <span className="text-slate-600 dark:text-slate-400">
                {m.dueDate ? (
                  <DueDate due={m.dueDate} done={m.status === "approved"} now={now} />
                ) : (
                  "No due date"
                )}
              </span>
              <span
                className={
                  yourMove
                    ? "font-semibold text-slate-900 dark:text-white"
                    : "text-slate-600 dark:text-slate-400"
                }
              >
                {whoseMove(m.status)}
              </span>
            </div>
          </li>
        );
      })}
    </ul>
  );
}
