import type { Metadata } from "next";
import Link from "next/link";

import { FormAlert } from "~/app/_components/form/form-alert";
import { HydrateClient } from "~/trpc/hydrate-client";
import { api, hydrateFirstPage, requireViewer } from "~/trpc/server";
import { MyProjectList } from "./my-project-list";

export const metadata: Metadata = { title: "My projects" };

const input = { limit: 25 };

export default async function MyProjectsPage() {
  const viewer = await requireViewer("/my/projects");
  if (viewer.role !== "client")
    return <FormAlert tone="info">Only client accounts have projects.</FormAlert>;
  await hydrateFirstPage("project.mine", input, api.project.mine);
  return (
    <HydrateClient>
      <div className="flex flex-col gap-6">
        <header className="flex flex-wrap items-center justify-between gap-3">
          <h1 className="text-3xl font-bold tracking-tight">My projects</h1>
          <Link
            href="/projects/new"
            className="bg-brand-600 hover:bg-brand-700 rounded-lg px-4 py-2 text-sm font-semibold text-white"
          >
            Post a project
          </Link>
        </header>
        <MyProjectList input={input} />
      </div>
    </HydrateClient>
  );
}
