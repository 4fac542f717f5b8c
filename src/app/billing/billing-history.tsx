"use client";

import Link from "next/link";
import { useState, type ReactNode } from "react";

import { EmptyState } from "~/app/_components/empty-state";
import { Button } from "~/app/_components/form/submit-button";
import { LocalTime } from "~/app/_components/local-time";
import { formatMoney } from "~/shared/format/money";
import { paymentStatusLabel, refundStatusLabel } from "~/shared/format/money-labels";
import { api, type RouterOutputs } from "~/trpc/react";

const linkClass = "text-brand-700 dark:text-brand-300 font-medium underline";
const cell = "px-4 py-3 align-top";

function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section aria-labelledby={id} className="flex flex-col gap-3">
      <h2 id={id} className="text-xl font-semibold">
        {title}
      </h2>
      {children}
    </section>
  );
}

/** A table that scrolls sideways on a narrow screen, reachable by keyboard when it does. */
function Table({ label, head, children }: { label: string; head: string[]; children: ReactNode }) {
  return (
    <div
      role="region"
      aria-label={label}
      tabIndex={0}
      className="overflow-x-auto rounded-xl border border-slate-200 bg-white dark:border-slate-800 dark:bg-slate-900"
    >
      <table className="w-full text-left text-sm">
        <thead className="border-b border-slate-200 text-slate-600 dark:border-slate-800 dark:text-slate-400">
          <tr>
            {head.map((name) => (
              <th key={name} scope="col" className="px-4 py-3 font-medium whitespace-nowrap">
                {name}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-200 text-slate-800 dark:divide-slate-800 dark:text-slate-200">
          {children}
        </tbody>
      </table>
    </div>
  );
}

const statusTone: Record<string, string> = {
  succeeded: "bg-emerald-100 text-emerald-900 dark:bg-emerald-950 dark:text-emerald-100",
  failed: "bg-red-100 text-red-900 dark:bg-red-950 dark:text-red-100",
};

function StatusChip({ status, label }: { status: string; label: string }) {
  return (
    <span
      className={`inline-flex rounded-full px-2 py-0.5 text-xs font-semibold whitespace-nowrap ${statusTone[status] ?? "bg-slate-100 text-slate-800 dark:bg-slate-800 dark:text-slate-200"}`}
    >
      {label}
    </span>
  );
}

type Payment = RouterOutputs["payment"]["billing"]["payments"][number];

/** How many payments show at first, and how many more each "Show more" adds. */
const STEP = 20;

function ReceiptLink({ payment }: { payment: Payment }) {
  if (!payment.receipt) return <>—</>;
  return (
    <Link href={`/billing/receipts/${payment.receipt.id}`} className={linkClass}>
      Receipt
      <span className="sr-only">
        {" "}
        for {payment.projectTitle}, {payment.description}
      </span>
    </Link>
  );
}

/**
 * The payments, newest first, 20 at a time: a table on a wide screen, a card per payment on a
 * phone (each is the whole list; CSS shows one, so the other is not read out).
 */
function Payments({ payments }: { payments: Payment[] }) {
  const [shown, setShown] = useState(STEP);
  const visible = payments.slice(0, shown);
  return (
    <div className="flex flex-col gap-4">
      <ul className="divide-y divide-slate-200 rounded-xl border border-slate-200 bg-white md:hidden dark:divide-slate-800 dark:border-slate-800 dark:bg-slate-900">
        {visible.map((payment) => (
          <li key={payment.id} className="flex flex-col gap-1 p-4 text-sm">
            <div className="flex items-start justify-between gap-3">
              <Link
                href={`/contracts/${payment.contractId}`}
                className={`${linkClass} min-w-0 wrap-anywhere`}
              >
                {payment.projectTitle}
              </Link>
              <span className="font-semibold whitespace-nowrap text-slate-900 dark:text-white">
                {formatMoney(payment.amountMinor, payment.currency)}
              </span>
            </div>
            <p className="wrap-anywhere text-slate-700 dark:text-slate-300">
              {payment.description}
            </p>
            <p className="flex flex-wrap items-center gap-x-2 gap-y-1 text-slate-600 dark:text-slate-400">
              <LocalTime date={payment.createdAt} show="date" />
              {payment.cardLabel ? <span>{payment.cardLabel}</span> : null}
              <StatusChip status={payment.status} label={paymentStatusLabel[payment.status]} />
              {payment.refundedMinor > 0 ? (
                <span>{formatMoney(payment.refundedMinor, payment.currency)} refunded</span>
              ) : null}
            </p>
            {payment.status === "failed" && payment.failureMessage ? (
              <p className="text-red-700 dark:text-red-400">{payment.failureMessage}</p>
            ) : null}
            <p>
              <ReceiptLink payment={payment} />
            </p>
          </li>
        ))}
      </ul>
      <div className="hidden md:block">
        <Table
          label="Payments"
          head={["Date", "Project", "What", "Card", "Amount", "Status", "Refunded", "Receipt"]}
        >
          {visible.map((payment) => (
            <tr key={payment.id}>
              <td className={`${cell} whitespace-nowrap`}>
                <LocalTime date={payment.createdAt} show="date" />
              </td>
              <td className={cell}>
                <Link
                  href={`/contracts/${payment.contractId}`}
                  className={`${linkClass} wrap-anywhere`}
                >
                  {payment.projectTitle}
                </Link>
              </td>
              <td className={`${cell} wrap-anywhere`}>
                {payment.description}
                {payment.status === "failed" && payment.failureMessage ? (
                  <span className="block text-xs text-red-700 dark:text-red-400">
                    {payment.failureMessage}
                  </span>
                ) : null}
              </td>
              <td className={`${cell} whitespace-nowrap`}>{payment.cardLabel ?? "—"}</td>
              <td className={`${cell} font-semibold whitespace-nowrap`}>
                {formatMoney(payment.amountMinor, payment.currency)}
              </td>
              <td className={cell}>
                <StatusChip status={payment.status} label={paymentStatusLabel[payment.status]} />
              </td>
              <td className={`${cell} whitespace-nowrap`}>
                {payment.refundedMinor > 0
                  ? formatMoney(payment.refundedMinor, payment.currency)
                  : "—"}
              </td>
              <td className={`${cell} whitespace-nowrap`}>
                <ReceiptLink payment={payment} />
              </td>
            </tr>
          ))}
        </Table>
      </div>
      {payments.length > shown ? (
        <Button
          type="button"
          variant="secondary"
          className="self-center"
          onClick={() => setShown((count) => count + STEP)}
        >
          Show more payments
        </Button>
      ) : null}
    </div>
  );
}

/** The client's payments, refunds and escrow, newest first, each with its document. */
export function BillingHistory() {
  const [billing] = api.payment.billing.useSuspenseQuery();
  const [refundsShown, setRefundsShown] = useState(STEP);
  return (
    <>
      <Section id="escrow-heading" title="Held in escrow">
        {billing.escrow.length === 0 ? (
          <EmptyState>Nothing is held for you right now.</EmptyState>
        ) : (
          <ul className="divide-y divide-slate-200 rounded-xl border border-slate-200 bg-white dark:divide-slate-800 dark:border-slate-800 dark:bg-slate-900">
            {billing.escrow.map((contract) => (
              <li key={contract.id} className="flex flex-wrap justify-between gap-2 p-4">
                <Link href={`/contracts/${contract.id}`} className={`${linkClass} wrap-anywhere`}>
                  {contract.projectTitle}
                </Link>
                <span className="font-semibold text-slate-900 dark:text-white">
                  {formatMoney(contract.heldMinor, contract.currency)} held
                </span>
              </li>
            ))}
          </ul>
        )}
      </Section>

      <Section id="payments-heading" title="Payments">
        {billing.payments.length === 0 ? (
          <EmptyState>
            No payments yet. When you fund a milestone, the payment and its receipt show here.
          </EmptyState>
        ) : (
          <Payments payments={billing.payments} />
        )}
      </Section>

      <Section id="refunds-heading" title="Refunds">
        {billing.refunds.length === 0 ? (
          <EmptyState>No refunds. Money returned from escrow to your card shows here.</EmptyState>
        ) : (
          <ul className="divide-y divide-slate-200 rounded-xl border border-slate-200 bg-white dark:divide-slate-800 dark:border-slate-800 dark:bg-slate-900">
            {billing.refunds.slice(0, refundsShown).map((refund) => (
              <li
                key={refund.id}
                className="flex flex-col gap-2 p-4 sm:flex-row sm:items-start sm:justify-between"
              >
                <div className="flex min-w-0 flex-col gap-1">
                  <p className="font-semibold text-slate-900 dark:text-white">
                    {formatMoney(refund.amountMinor, refund.currency)} refunded
                  </p>
                  <p className="text-sm wrap-anywhere text-slate-700 dark:text-slate-300">
                    {refund.reason}
                  </p>
                  <p className="flex flex-wrap items-center gap-2 text-sm text-slate-600 dark:text-slate-400">
                    <LocalTime date={refund.createdAt} show="date" />
                    <StatusChip status={refund.status} label={refundStatusLabel(refund.status)} />
                  </p>
                </div>
                {refund.receipt ? (
                  <Link
                    href={`/billing/receipts/${refund.receipt.id}`}
                    className={`${linkClass} shrink-0 text-sm`}
                  >
                    Credit note
                    <span className="sr-only">
                      {" "}
                      for {formatMoney(refund.amountMinor, refund.currency)}
                    </span>
                  </Link>
                ) : null}
              </li>
            ))}
          </ul>
        )}
        {billing.refunds.length > refundsShown ? (
          <Button
            type="button"
            variant="secondary"
            className="self-center"
            onClick={() => setRefundsShown((count) => count + STEP)}
          >
            Show more refunds
          </Button>
        ) : null}
      </Section>
    </>
  );
}
