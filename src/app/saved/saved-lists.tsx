"use client";

import Link from "next/link";

import { EmptyState } from "~/app/_components/empty-state";
import { ProjectCard } from "~/app/_components/project-card";
import { SaveProjectButton } from "~/app/_components/save-buttons";
import { FreelancerCard } from "~/app/freelancers/_components/freelancer-card";
import { api } from "~/trpc/react";

/**
 * The saved lists, read from the cache the page filled. Unsaving keeps the card in place until
 * the next visit (its Save button unpressed), so a slip of the finger is undone where it
 * happened and focus never falls off the page.
 */
export function SavedProjects({ now }: { now: number }) {
  const [projects] = api.saved.projects.useSuspenseQuery();
  if (projects.length === 0) {
    return (
      <EmptyState title="No saved projects yet">
        <p>
          Press Save on a project to keep it here.{" "}
          <Link href="/projects" className="underline">
            Find work
          </Link>
          .
        </p>
      </EmptyState>
    );
  }
  return (
    <ul className="flex flex-col gap-4" aria-label="Saved projects">
      {projects.map((project) => (
        <li key={project.id}>
          <ProjectCard
            project={project}
            now={now}
            save={<SaveProjectButton projectId={project.id} title={project.title} />}
          />
        </li>
      ))}
    </ul>
  );
}

export function SavedFreelancers() {
  const [freelancers] = api.saved.freelancers.useSuspenseQuery();
  if (freelancers.length === 0) {
    return (
      <EmptyState title="No saved freelancers yet">
        <p>
          Press Save on a freelancer to keep them here.{" "}
          <Link href="/freelancers" className="underline">
            Find freelancers
          </Link>
          .
        </p>
      </EmptyState>
    );
  }
  return (
    <ul className="flex flex-col gap-4" aria-label="Saved freelancers">
      {freelancers.map((freelancer) => (
        <li key={freelancer.id}>
          <FreelancerCard freelancer={freelancer} saveable />
        </li>
      ))}
    </ul>
  );
}
