import type { BudgetType, ExperienceLevel, ProjectDuration } from "~/shared/schemas/project";
import type { OrganisationKind, WorkCategory } from "./organisations";
import { buildTemplates } from "./project-templates-build";
import { creativeTemplates } from "./project-templates-creative";
import { operationsTemplates } from "./project-templates-operations";
import { systemsTemplates } from "./project-templates-systems";

/**
 * The briefs the seed writes projects from. A template is one kind of job, told several ways:
 * titles and opening paragraphs to choose from, deliverables of which a project lists some,
 * and words in braces that the posting organisation fills in ({business}, {offer},
 * {audience}, {team}, {city}, {language}; capitalised, {Offer} starts a sentence).
 *
 * Its skills, budget type, level and duration are the same on every project made from it:
 * the recommender tells kinds of work apart by them (see recommend-projects.ts).
 */
export interface ProjectTemplate {
  /** Stable and unique: tells projects from the same brief apart in tests. */
  key: string;
  category: WorkCategory;
  /** Only these kinds of organisation post it; otherwise any kind that hires for its category. */
  only?: OrganisationKind[];
  /** Written by one person for their own small business, in the first person singular. */
  personal?: boolean;
  titles: string[];
  /** Opening paragraphs: why the work is needed and what exists already. */
  briefs: string[];
  /** What the work hands over, in order; a project lists three or four, and names milestones after them. */
  deliverables: string[];
  /** Catalogue names. */
  skills: string[];
  budgetType: BudgetType;
  /** Whole units: fixed price for the project, or per hour. */
  band: [number, number];
  level: ExperienceLevel;
  duration: ProjectDuration;
}

export const projectTemplates: ProjectTemplate[] = [
  ...buildTemplates,
  ...systemsTemplates,
  ...creativeTemplates,
  ...operationsTemplates,
];

export const languages = [
  "Spanish",
  "German",
  "French",
  "Portuguese",
  "Japanese",
  "Italian",
  "Dutch",
  "Polish",
  "Korean",
  "Arabic",
  "Turkish",
  "Swedish",
];
