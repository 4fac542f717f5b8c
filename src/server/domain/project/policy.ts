import type { UserRole } from "~/server/db/schema/users";
import type { ProjectStatus } from "~/shared/schemas/project";

interface Viewer {
  id: string;
  role: UserRole;
}

/** Published projects are public; a draft is visible only to its client and to admins. */
export function mayViewProject(
  viewer: Viewer | null,
  project: { status: ProjectStatus; clientId: string },
): boolean {
  if (project.status !== "draft") return true;
  if (!viewer) return false;
  return viewer.role === "admin" || viewer.id === project.clientId;
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
