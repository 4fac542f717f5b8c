import type { Metadata } from "next";
import { notFound } from "next/navigation";

import { HydrateClient } from "~/trpc/hydrate-client";
import { api, hydratedOrNull, requireProvenAdmin } from "~/trpc/server";
import { PersonView } from "./person-view";

export const metadata: Metadata = { title: "Person" };

/** One person as an admin sees them, with what an admin may do to their account. */
export default async function AdminPersonPage({ params }: { params: Promise<{ userId: string }> }) {
  const { userId } = await params;
  if (!(await requireProvenAdmin(`/admin/people/${encodeURIComponent(userId)}`))) return null;
  const person = await hydratedOrNull("admin.person", { userId }, api.admin.person);
  if (!person) notFound();
  await api.admin.apiTokens.prefetch({ userId });
  return (
    <HydrateClient>
      <PersonView userId={userId} />
    </HydrateClient>
  );
}
