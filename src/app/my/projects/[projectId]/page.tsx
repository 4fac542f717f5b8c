import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";

import { FormAlert } from "~/app/_components/form/form-alert";
import { getRequestTime } from "~/app/_components/request-time";
import { HydrateClient } from "~/trpc/hydrate-client";
import { api, hydratedOrNull, requireViewer } from "~/trpc/server";
import { InvitedFreelancers } from "./invited-freelancers";
import { ManageProject } from "./manage-project";

export const metadata: Metadata = { title: "Manage project" };

export default async function ManageProjectPage({
  params,
}: {
  params: Promise<{ projectId: string }>;
}) {
  const { projectId } = await params;
  const viewer = await requireViewer(`/my/projects/${projectId}`);
  if (viewer.role !== "client")
    return <FormAlert tone="info">Only client accounts manage projects.</FormAlert>;
  const manage = await hydratedOrNull("project.manage", { id: projectId }, api.project.manage);
  if (!manage) notFound();
  // Each proposal links to its conversation: found here, so the links are in the HTML.
  await Promise.all(
    manage.proposals.map((proposal) =>
      api.message.find.prefetch({
        projectId: manage.project.id,
        freelancerId: proposal.freelancerId,
      }),
    ),
  );
  return (
    <HydrateClient>
      <div className="flex flex-col gap-6">
        <nav aria-label="Breadcrumb" className="text-sm">
          <Link href="/my/projects" className="text-brand-700 dark:text-brand-300 hover:underline">
            <span aria-hidden="true">← </span>My projects
          </Link>
        </nav>
        <ManageProject id={manage.project.id} now={getRequestTime()} />
        {manage.project.status === "draft" ? null : (
          <InvitedFreelancers
            invitations={manage.invitations}
            projectStatus={manage.project.status}
          />
        )}
      </div>
    </HydrateClient>
  );
}
