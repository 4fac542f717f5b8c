import { personOf, type Actor } from "~/server/domain/actor";
import { isProvenAdmin } from "~/server/domain/access/policy";
import { type ProjectStatus } from "~/shared/statuses";

/**
 * A project is public once it has been published, whatever it became since (in progress,
 * completed, closed). One that was never published (a draft, or a draft discarded) stays
 * private in every status: only its client and a proven admin see it. So does one an admin
 * hid (trust and safety): its client and admins see it marked.
 */
export function mayViewProject(
  viewer: Actor | null,
  project: { publishedAt: Date | null; clientId: string; hiddenAt: Date | null },
): boolean {
  if (project.publishedAt !== null && project.hiddenAt === null) return true;
  return personOf(viewer)?.id === project.clientId || isProvenAdmin(viewer);
}

/**
 * The project status machine: draft → open → in_progress → completed, and cancelled from
 * draft or open. Every transition is a domain action that checks this first.
 */
const transitions: Record<ProjectStatus, readonly ProjectStatus[]> = {
  draft: ["open", "cancelled"],
  open: ["in_progress", "cancelled"],
  in_progress: ["completed"],
  completed: [],
  cancelled: [],
};

export function canTransition(from: ProjectStatus, to: ProjectStatus): boolean {
  return transitions[from].includes(to);
}

/** Clients edit a project while nobody is hired for it yet. */
export function isEditable(status: ProjectStatus) {
  return status === "draft" || status === "open";
}
