import type { Metadata } from "next";

import { FormAlert } from "~/app/_components/form/form-alert";
import { api, requireViewer } from "~/trpc/server";
import { NewProjectForm } from "./new-project-form";

export const metadata: Metadata = { title: "Post a project" };

export default async function NewProjectPage() {
  const viewer = await requireViewer("/projects/new");
  if (viewer.role !== "client") {
    return (
      <div className="mx-auto max-w-2xl">
        <FormAlert tone="info">
          Only client accounts post projects. Freelancers find work under “Find work”.
        </FormAlert>
      </div>
    );
  }
  const skills = await api.marketplace.skills();
  return (
    <div className="mx-auto flex max-w-2xl flex-col gap-6">
      <header>
        <h1 className="text-3xl font-bold tracking-tight">Post a project</h1>
        <p className="mt-1 text-slate-600 dark:text-slate-400">
          It is saved as a draft that only you can see. Publish it when it reads right.
        </p>
      </header>
      <NewProjectForm skills={skills} />
    </div>
  );
}
