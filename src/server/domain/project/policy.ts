import type { ProjectStatus } from "~/shared/schemas/project";
import type { UserRole } from "~/server/db/schema/users";

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
