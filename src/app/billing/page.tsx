import type { Metadata } from "next";
import Link from "next/link";

import { FormAlert } from "~/app/_components/form/form-alert";
import { HydrateClient } from "~/trpc/hydrate-client";
import { api, requireViewer } from "~/trpc/server";
import { BillingHistory } from "./billing-history";
import { SavedCard } from "./saved-card";

export const metadata: Metadata = { title: "Billing" };

/**
 * A client's money: the card kept for hourly weeks, every payment with its receipt, refunds
 * with their credit notes, and what escrow holds on each contract. A freelancer is pointed to
 * Earnings (a page about them that says where to go, rather than a 404 for a link they followed).
 */
export default async function BillingPage() {
  const viewer = await requireViewer("/billing");
  if (viewer.role !== "client")
    return (
      <div className="flex flex-col gap-6">
        <h1 className="text-3xl font-bold tracking-tight">Billing</h1>
        <FormAlert tone="info">
          Billing is for client accounts. What you earn and withdraw is on{" "}
          <Link href="/earnings" className="font-medium underline">
            your earnings page
          </Link>
          .
        </FormAlert>
      </div>
    );
  await api.payment.billing.prefetch();
  return (
    <HydrateClient>
      <div className="flex flex-col gap-8">
        <h1 className="text-3xl font-bold tracking-tight">Billing</h1>
        <SavedCard />
        <BillingHistory />
      </div>
    </HydrateClient>
  );
}
