import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";

import { FormAlert } from "~/app/_components/form/form-alert";
import { statusLabel } from "~/shared/format/labels";
import { formatBudget } from "~/shared/format/money";
import { api, orNull, requireViewer } from "~/trpc/server";
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
  const [project, proposals, invitations] = await Promise.all([
    orNull(api.project.mineById({ id: projectId })),
    orNull(api.proposal.forProject({ projectId })),
    orNull(api.invitation.forProject({ projectId })),
  ]);
  if (!project || !proposals || !invitations) notFound();
  return (
    <div className="flex flex-col gap-6">
      <nav aria-label="Breadcrumb" className="text-sm">
        <Link href="/my/projects" className="text-brand-700 dark:text-brand-300 hover:underline">
          <span aria-hidden="true">← </span>My projects
        </Link>
      </nav>
      <header className="flex flex-col gap-1">
        <h1 className="text-3xl font-bold tracking-tight">{project.title}</h1>
        <p className="text-slate-600 dark:text-slate-400">
          {statusLabel[project.status]} · {formatBudget(project)}
          {project.status !== "draft" ? (
            <>
              {" · "}
              <Link href={`/projects/${project.id}`} className="underline">
                public page
              </Link>
            </>
          ) : null}
        </p>
      </header>
      <ManageProject project={{ id: project.id, status: project.status }} proposals={proposals} />
      {project.status === "draft" ? null : (
        <InvitedFreelancers invitations={invitations} projectStatus={project.status} />
      )}
    </div>
  );
}
