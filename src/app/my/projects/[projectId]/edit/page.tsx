import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";

import { FormAlert } from "~/app/_components/form/form-alert";
import { HydrateClient } from "~/trpc/hydrate-client";
import { api, hydratedOrNull, requireViewer } from "~/trpc/server";
import { EditProjectForm } from "./edit-project-form";

export const metadata: Metadata = { title: "Edit project" };

export default async function EditProjectPage({
  params,
}: {
  params: Promise<{ projectId: string }>;
}) {
  const { projectId } = await params;
  const viewer = await requireViewer(`/my/projects/${projectId}/edit`);
  if (viewer.role !== "client")
    return <FormAlert tone="info">Only client accounts edit projects.</FormAlert>;
  const [manage, skills] = await Promise.all([
    hydratedOrNull("project.manage", { id: projectId }, api.project.manage),
    api.marketplace.skills(),
  ]);
  if (!manage) notFound();
  const { project } = manage;
  const back = (
    <nav aria-label="Breadcrumb" className="text-sm">
      <Link
        href={`/my/projects/${project.id}`}
        className="text-brand-700 dark:text-brand-300 hover:underline"
      >
        <span aria-hidden="true">← </span>Manage project
      </Link>
    </nav>
  );
  if (project.status !== "draft" && project.status !== "open") {
    return (
      <div className="mx-auto flex max-w-2xl flex-col gap-6">
        {back}
        <h1 className="text-3xl font-bold tracking-tight">Edit project</h1>
        <FormAlert tone="info">
          This project can no longer be edited: a freelancer has been hired or it has ended.
        </FormAlert>
      </div>
    );
  }
  return (
    <HydrateClient>
      <div className="mx-auto flex max-w-2xl flex-col gap-6">
        {back}
        <header>
          <h1 className="text-3xl font-bold tracking-tight">Edit project</h1>
          <p className="mt-1 text-slate-600 dark:text-slate-400">
            {project.status === "draft"
              ? "A draft only you can see. Publish it from the manage page when it reads right."
              : "Changes show on the project's public page at once."}
          </p>
        </header>
        <EditProjectForm id={project.id} skills={skills} />
      </div>
    </HydrateClient>
  );
}
