import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import type { ReactNode } from "react";

import { env } from "~/env";
import { formatMoney } from "~/shared/format/money";
import { HydrateClient } from "~/trpc/hydrate-client";
import { api, hydratedOrNull, requireViewer } from "~/trpc/server";
import { LazyStripePayment } from "./lazy-stripe-payment";
import { SandboxCardForm } from "./sandbox-card-form";

export const metadata: Metadata = { title: "Fund a milestone" };

/** Milestones the client may still pay into (the domain's rule; here to say so before a click). */
const FUNDABLE = ["pending", "funded", "changes_requested"];

/**
 * The client pays a milestone (or what its raised amount added) into escrow: the sandbox's test
 * card form, or Stripe's Payment Element. Only the contract's client funds; the freelancer is
 * told so, and anyone else finds nothing here.
 */
export default async function FundMilestonePage({
  params,
}: {
  params: Promise<{ contractId: string; milestoneId: string }>;
}) {
  const { contractId, milestoneId } = await params;
  await requireViewer(`/contracts/${contractId}/milestones/${milestoneId}/fund`);
  const workspace = await hydratedOrNull(
    "contract.workspace",
    { id: contractId },
    api.contract.workspace,
  );
  const milestone = workspace?.milestones.find((m) => m.id === milestoneId);
  if (!workspace || !milestone || workspace.role === "observer") notFound();
  const { contract, role } = workspace;
  const contractUrl = `/contracts/${contract.id}`;
  const currency = contract.currency;
  const dueMinor = milestone.amountMinor - milestone.money.heldMinor;
  const due = formatMoney(dueMinor, currency);
  const refusal =
    role !== "client"
      ? `Only ${contract.clientName}, the client, funds this milestone. You can start work once it shows as funded.`
      : contract.status !== "active"
        ? "This contract has ended: its milestones can no longer be funded."
        : !FUNDABLE.includes(milestone.status)
          ? "This milestone has been handed in, so there is nothing more to fund."
          : dueMinor <= 0
            ? "This milestone is already funded: its whole amount is held in escrow."
            : null;
  const feePercent = `${env.PLATFORM_FEE_BPS / 100} %`;
  return (
    <HydrateClient>
      <div className="mx-auto flex max-w-2xl flex-col gap-6">
        <header className="flex flex-col gap-1">
          <Link
            href={contractUrl}
            className="text-brand-700 dark:text-brand-300 self-start text-sm font-medium underline"
          >
            Back to the contract
          </Link>
          <h1 className="text-3xl font-bold tracking-tight wrap-anywhere">
            Fund “{milestone.title}”
          </h1>
          <p className="wrap-anywhere text-slate-600 dark:text-slate-400">
            {contract.projectTitle} · with {contract.freelancerName}
          </p>
        </header>
        {refusal ? (
          <p
            role="status"
            className="rounded-xl border border-slate-200 bg-white p-6 dark:border-slate-800 dark:bg-slate-900"
          >
            {refusal}{" "}
            <Link href={contractUrl} className="underline">
              See the contract
            </Link>
          </p>
        ) : (
          <>
            <section
              aria-labelledby="summary-heading"
              className="rounded-xl border border-slate-200 bg-white p-6 dark:border-slate-800 dark:bg-slate-900"
            >
              <h2 id="summary-heading" className="text-lg font-semibold">
                What you pay
              </h2>
              <dl className="mt-3 flex flex-col gap-2 text-sm">
                <Row term="Milestone amount">{formatMoney(milestone.amountMinor, currency)}</Row>
                {milestone.money.heldMinor > 0 ? (
                  <Row term="Already in escrow">
                    {formatMoney(milestone.money.heldMinor, currency)}
                  </Row>
                ) : null}
                <Row term="To pay now">{due}</Row>
                <Row term="Total" strong>
                  {due}
                </Row>
              </dl>
              <p className="mt-3 text-sm text-slate-600 dark:text-slate-400">
                Guild&apos;s {feePercent} service fee is paid by the freelancer, taken from the
                release; you pay {due}. The money is held in escrow until you approve the work.
              </p>
            </section>
            {env.PAYMENTS_PROVIDER === "stripe" ? (
              env.STRIPE_PUBLISHABLE_KEY ? (
                <LazyStripePayment
                  milestoneId={milestone.id}
                  contractUrl={contractUrl}
                  publishableKey={env.STRIPE_PUBLISHABLE_KEY}
                  due={due}
                />
              ) : (
                <p role="status">
                  Card payments are not set up here yet: Guild needs Stripe&apos;s publishable key.
                </p>
              )
            ) : (
              <SandboxCardForm milestoneId={milestone.id} contractUrl={contractUrl} due={due} />
            )}
          </>
        )}
      </div>
    </HydrateClient>
  );
}

function Row({ term, strong, children }: { term: string; strong?: boolean; children: ReactNode }) {
  return (
    <div
      className={`flex justify-between gap-4 ${strong ? "border-t border-slate-200 pt-2 text-base font-semibold dark:border-slate-800" : ""}`}
    >
      <dt>{term}</dt>
      <dd className="tabular-nums">{children}</dd>
    </div>
  );
}
