import type { ReportSubject } from "~/shared/trust";

/** How the queue names each kind of reported thing. */
export const subjectLabels: Record<ReportSubject, { one: string; plural: string }> = {
  project: { one: "Project", plural: "Projects" },
  profile: { one: "Profile", plural: "Profiles" },
  review: { one: "Review", plural: "Reviews" },
  message: { one: "Message", plural: "Messages" },
};
