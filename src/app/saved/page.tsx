import type { Metadata } from "next";

import { FormAlert } from "~/app/_components/form/form-alert";
import { getRequestTime } from "~/app/_components/request-time";
import { HydrateClient } from "~/trpc/hydrate-client";
import { api, getViewer, requireViewer } from "~/trpc/server";
import { SavedFreelancers, SavedProjects } from "./saved-lists";

export async function generateMetadata(): Promise<Metadata> {
  const role = (await getViewer())?.role;
  return {
    title:
      role === "freelancer" ? "Saved projects" : role === "client" ? "Saved freelancers" : "Saved",
  };
}

const heading = "text-3xl font-bold tracking-tight text-slate-900 dark:text-white";

/** Each person's own saved list: projects for a freelancer, freelancers for a client. */
export default async function SavedPage() {
  const viewer = await requireViewer("/saved");
  if (viewer.role === "freelancer") {
    await Promise.all([api.saved.projects.prefetch(), api.saved.projectIds.prefetch()]);
    return (
      <HydrateClient>
        <div className="flex flex-col gap-6">
          <h1 className={heading}>Saved projects</h1>
          <SavedProjects now={getRequestTime()} />
        </div>
      </HydrateClient>
    );
  }
  if (viewer.role === "client") {
    await Promise.all([api.saved.freelancers.prefetch(), api.saved.freelancerIds.prefetch()]);
    return (
      <HydrateClient>
        <div className="flex flex-col gap-6">
          <h1 className={heading}>Saved freelancers</h1>
          <SavedFreelancers />
        </div>
      </HydrateClient>
    );
  }
  return (
    <div className="flex flex-col gap-6">
      <h1 className={heading}>Saved</h1>
      <FormAlert tone="info">Saved lists are for clients and freelancers.</FormAlert>
    </div>
  );
}
