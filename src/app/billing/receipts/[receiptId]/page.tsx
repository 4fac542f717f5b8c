import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";

import { formatDay } from "~/shared/format/dates";
import { formatMoney } from "~/shared/format/money";
import { api, orNull, requireViewer } from "~/trpc/server";
import { PrintButton } from "./print-button";

export const metadata: Metadata = { title: "Receipt" };

/** On paper only the document: the site's header, banner, footer and this page's buttons go. */
const PRINT_CSS = `@media print {
  body { background: white !important; }
  body > *:not(main) { display: none !important; }
  main { max-width: none !important; padding: 0 !important; }
}`;

/**
 * A receipt (or, for a refund, a credit note) as a printable document, for the client it was
 * issued to. Anyone else, and any id that is not one, gets the 404 page.
 */
export default async function ReceiptPage({ params }: { params: Promise<{ receiptId: string }> }) {
  const { receiptId } = await params;
  await requireViewer(`/billing/receipts/${encodeURIComponent(receiptId)}`);
  const receipt = await orNull(api.payment.receipt({ id: receiptId }));
  if (!receipt) notFound();
  const refund = receipt.kind === "refund";
  const title = refund ? "Refund" : "Receipt";
  const facts = [
    { term: "Billed to", detail: `${receipt.billedTo.name} (${receipt.billedTo.email})` },
    { term: "Freelancer", detail: receipt.freelancerName },
    { term: "Project", detail: receipt.projectTitle },
    { term: "Description", detail: receipt.description },
    ...(receipt.cardLabel
      ? [{ term: refund ? "Refunded to" : "Paid with", detail: receipt.cardLabel }]
      : []),
  ];
  return (
    <div className="flex flex-col gap-6">
      <style>{PRINT_CSS}</style>
      <div className="flex flex-wrap items-center justify-between gap-3 print:hidden">
        <Link
          href="/billing"
          className="text-brand-700 dark:text-brand-300 text-sm font-medium underline"
        >
          Back to billing
        </Link>
        <div className="flex flex-wrap gap-2">
          <PrintButton />
          <a
            href={`/api/receipts/${encodeURIComponent(receipt.id)}/pdf`}
            download
            className="inline-flex items-center justify-center rounded-lg border border-slate-300 bg-white px-4 py-2 text-sm font-semibold text-slate-800 shadow-sm hover:bg-slate-50 dark:border-slate-700 dark:bg-slate-900 dark:text-slate-100 dark:hover:bg-slate-800"
          >
            Download PDF
          </a>
        </div>
      </div>
      <article
        aria-labelledby="receipt-title"
        className="rounded-xl border border-slate-200 bg-white p-6 text-slate-900 shadow-sm sm:p-10 dark:border-slate-800 dark:bg-slate-900 dark:text-slate-100 print:border-0 print:bg-white print:p-0 print:text-black print:shadow-none"
      >
        <header className="flex flex-wrap items-start justify-between gap-4 border-b border-slate-200 pb-6 dark:border-slate-800">
          <div className="flex flex-col gap-1">
            <p className="text-sm font-semibold">{receipt.issuer.name}</p>
            <h1 id="receipt-title" className="text-3xl font-bold tracking-tight">
              {title}
            </h1>
          </div>
          <dl className="text-sm sm:text-right">
            <div>
              <dt className="inline text-slate-600 dark:text-slate-400 print:text-slate-700">
                Number{" "}
              </dt>
              <dd className="inline font-semibold">{receipt.number}</dd>
            </div>
            <div>
              <dt className="inline text-slate-600 dark:text-slate-400 print:text-slate-700">
                Date{" "}
              </dt>
              <dd className="inline font-semibold">
                <time dateTime={receipt.issuedAt.toISOString()}>{formatDay(receipt.issuedAt)}</time>
              </dd>
            </div>
          </dl>
        </header>
        <dl className="grid gap-4 py-6 sm:grid-cols-[10rem_1fr]">
          {facts.map(({ term, detail }) => (
            <div key={term} className="contents">
              <dt className="text-sm font-medium text-slate-600 dark:text-slate-400 print:text-slate-700">
                {term}
              </dt>
              <dd className="-mt-3 wrap-anywhere sm:mt-0">{detail}</dd>
            </div>
          ))}
        </dl>
        <div className="flex flex-wrap items-baseline justify-between gap-2 border-t border-slate-200 pt-6 dark:border-slate-800">
          <p className="text-sm font-medium text-slate-600 dark:text-slate-400 print:text-slate-700">
            {refund ? "Amount refunded" : "Amount paid"}
          </p>
          <p className="text-3xl font-bold">{formatMoney(receipt.amountMinor, receipt.currency)}</p>
        </div>
        <p className="mt-8 text-xs text-slate-600 dark:text-slate-400 print:text-slate-700">
          Issued by {receipt.issuer.name}. Keep this document for your records.
        </p>
      </article>
    </div>
  );
}
