import { describe, expect, it } from "vitest";

import { AddMilestoneInput } from "~/shared/schemas/contract";
import { CreateProjectInput } from "~/shared/schemas/project";
import { skillCatalogue } from "./catalogue";
import { specialties } from "./freelancer-specialties";
import { organisationKinds, organisations, workCategories } from "./organisations";
import { fillerFor, templateFits, templatesFor } from "./project-brief";
import { languages, projectTemplates } from "./project-templates";

const skillNames = new Set(skillCatalogue.flatMap((group) => group.names));
const offeredSkills = new Set(specialties.flatMap((s) => [...s.core, ...s.extra]));

describe("project templates", () => {
  it("each has a unique key, several phrasings and skills someone offers", () => {
    expect(new Set(projectTemplates.map((t) => t.key)).size).toBe(projectTemplates.length);
    for (const template of projectTemplates) {
      expect(template.titles.length, template.key).toBeGreaterThanOrEqual(3);
      expect(template.briefs.length, template.key).toBeGreaterThanOrEqual(2);
      expect(template.deliverables.length, template.key).toBeGreaterThanOrEqual(3);
      for (const skill of template.skills) {
        expect(skillNames.has(skill), `${template.key}: ${skill} is in the catalogue`).toBe(true);
        expect(offeredSkills.has(skill), `${template.key}: a specialty offers ${skill}`).toBe(true);
      }
    }
  });

  it("is posted by some kind of organisation, and `only` names kinds that hire for its category", () => {
    for (const template of projectTemplates) {
      expect(
        organisationKinds.some((kind) => templateFits(template, kind)),
        template.key,
      ).toBe(true);
      for (const kind of template.only ?? [])
        expect(organisations[kind].categories, `${template.key} for ${kind}`).toContain(
          template.category,
        );
    }
  });

  it("gives every kind of organisation a range of work, and every category some templates", () => {
    for (const kind of organisationKinds) {
      const fitting = templatesFor(kind);
      expect(fitting.length, kind).toBeGreaterThanOrEqual(8);
      expect(new Set(fitting.map((t) => t.category)).size, kind).toBeGreaterThanOrEqual(5);
    }
    for (const category of workCategories)
      expect(
        projectTemplates.filter((t) => t.category === category && !t.personal).length,
        category,
      ).toBeGreaterThanOrEqual(3);
  });

  it("reads as valid input in the words of every organisation that may post it", () => {
    for (const kind of organisationKinds)
      for (const niche of organisations[kind].niches)
        for (const template of templatesFor(kind)) {
          const fill = fillerFor({ kind, niche, city: "Valparaíso" }, languages[0]!);
          for (const title of template.titles) {
            const filled = fill(title);
            expect(filled).not.toMatch(/[{}]/);
            expect(
              CreateProjectInput.shape.title.safeParse(filled).success,
              `${template.key} for ${kind}: "${filled}"`,
            ).toBe(true);
          }
          for (const text of [...template.briefs, ...template.deliverables])
            expect(fill(text)).not.toMatch(/[{}]/);
          for (const deliverable of template.deliverables)
            expect(AddMilestoneInput.shape.title.safeParse(fill(deliverable)).success).toBe(true);
        }
  });
});
