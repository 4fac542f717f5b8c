"use client";

import { useState } from "react";

import { SelectField } from "~/app/_components/form/select-field";
import { SkillPicker, type PickableSkill } from "~/app/_components/form/skill-picker";
import { TextAreaField } from "~/app/_components/form/text-area-field";
import { TextField } from "~/app/_components/form/text-field";
import type { FieldErrors } from "~/app/_components/form/use-form-errors";
import { useFieldValues } from "~/app/_components/form/use-field-values";
import { calendarDay, dayFromInput } from "~/shared/format/dates";
import { durationLabel, experienceLabel } from "~/shared/format/labels";
import { minorToInput, parseMoneyToMinor } from "~/shared/format/money";
import {
  budgetTypes,
  currencies,
  experienceLevels,
  projectDurations,
  type BudgetType,
  type ExperienceLevel,
  type ProjectDuration,
} from "~/shared/schemas/project";

/** A project's brief as the form starts from: empty for a new one, the saved one to edit. */
export interface ProjectBrief {
  title: string;
  description: string;
  budgetType: BudgetType;
  budgetMinMinor: number | null;
  budgetMaxMinor: number | null;
  currency: string;
  experienceLevel: ExperienceLevel;
  duration: ProjectDuration;
  deadline: Date | null;
  skillIds: number[];
}

export const emptyBrief: ProjectBrief = {
  title: "",
  description: "",
  budgetType: "fixed",
  budgetMinMinor: null,
  budgetMaxMinor: null,
  currency: "USD",
  experienceLevel: "intermediate",
  duration: "1_to_4_weeks",
  deadline: null,
  skillIds: [],
};

/**
 * The brief's fields as typed, and the input they make for `project.create` or
 * `project.update`: amounts typed in whole currency units become integer cents exactly, a
 * deadline becomes its calendar day.
 */
export function useProjectFields(start: ProjectBrief) {
  const money = (minor: number | null) =>
    minor === null ? "" : minorToInput(minor, start.currency);
  const { values, set } = useFieldValues({
    title: start.title,
    description: start.description,
    budgetType: start.budgetType as string,
    budgetMin: money(start.budgetMinMinor),
    budgetMax: money(start.budgetMaxMinor),
    currency: start.currency,
    experienceLevel: start.experienceLevel as string,
    duration: start.duration as string,
    deadline: start.deadline ? calendarDay(start.deadline) : "",
  });
  const [skillIds, setSkillIds] = useState(start.skillIds);
  const input = () => {
    const { budgetMin, budgetMax, deadline, ...rest } = values;
    return {
      ...rest,
      budgetMinMinor: parseMoneyToMinor(budgetMin, values.currency) ?? Number.NaN,
      budgetMaxMinor: parseMoneyToMinor(budgetMax, values.currency) ?? Number.NaN,
      deadline: deadline ? dayFromInput(deadline) : null,
      skillIds,
    };
  };
  return { values, set, skillIds, setSkillIds, input };
}

/**
 * The fields of a project's brief, shared by "Post a project" and "Edit project". Once
 * published, the currency and budget type are fixed: proposals are priced in them.
 */
export function ProjectFields({
  fields,
  errors,
  skills,
  published = false,
}: {
  fields: ReturnType<typeof useProjectFields>;
  errors: FieldErrors;
  skills: PickableSkill[];
  published?: boolean;
}) {
  const { values, set } = fields;
  return (
    <>
      <TextField
        name="title"
        label="Title"
        value={values.title}
        onChange={set("title")}
        error={errors.title}
        required
      />
      <TextAreaField
        name="description"
        label="Description"
        rows={8}
        value={values.description}
        onChange={set("description")}
        error={errors.description}
      />
      <div className="grid gap-4 sm:grid-cols-3">
        <div className="flex flex-col gap-1.5">
          <SelectField
            label="Budget type"
            value={values.budgetType}
            onChange={set("budgetType")}
            disabled={published}
            aria-describedby={describedBy(
              published && "fixed-terms-hint",
              errors.budgetType && "budget-type-error",
            )}
            options={budgetTypes.map((type) => ({
              value: type,
              label: type === "fixed" ? "Fixed price" : "Hourly rate",
            }))}
          />
          {errors.budgetType ? (
            <FieldNote id="budget-type-error" error>
              {errors.budgetType.join(" ")}
            </FieldNote>
          ) : null}
        </div>
        <TextField
          name="budgetMin"
          label={values.budgetType === "hourly" ? "Rate from (per hour)" : "Budget from"}
          inputMode="decimal"
          value={values.budgetMin}
          onChange={set("budgetMin")}
          error={errors.budgetMinMinor}
          required
        />
        <TextField
          name="budgetMax"
          label={values.budgetType === "hourly" ? "Rate up to (per hour)" : "Budget up to"}
          inputMode="decimal"
          value={values.budgetMax}
          onChange={set("budgetMax")}
          error={errors.budgetMaxMinor}
          required
        />
      </div>
      <div className="grid gap-4 sm:grid-cols-3">
        <div className="flex flex-col gap-1.5">
          <SelectField
            label="Currency"
            value={values.currency}
            onChange={set("currency")}
            disabled={published}
            aria-describedby={describedBy(
              published && "fixed-terms-hint",
              errors.currency && "currency-error",
            )}
            options={currencies.map((c) => ({ value: c, label: c }))}
          />
          {errors.currency ? (
            <FieldNote id="currency-error" error>
              {errors.currency.join(" ")}
            </FieldNote>
          ) : null}
        </div>
        <SelectField
          label="Experience"
          value={values.experienceLevel}
          onChange={set("experienceLevel")}
          options={experienceLevels.map((level) => ({
            value: level,
            label: experienceLabel[level],
          }))}
        />
        <SelectField
          label="Expected duration"
          value={values.duration}
          onChange={set("duration")}
          options={projectDurations.map((d) => ({ value: d, label: durationLabel[d] }))}
        />
      </div>
      {published ? (
        <FieldNote id="fixed-terms-hint">
          Once published, the budget type and currency stay as they are: proposals are priced in
          them.
        </FieldNote>
      ) : null}
      <TextField
        name="deadline"
        label="Deadline (optional)"
        type="date"
        className="sm:max-w-56"
        value={values.deadline}
        onChange={set("deadline")}
        error={errors.deadline}
      />
      <SkillPicker
        skills={skills}
        selected={fields.skillIds}
        onChange={fields.setSkillIds}
        legend="Skills (1 to 10)"
        error={errors.skillIds}
      />
    </>
  );
}

const describedBy = (...ids: (string | false | undefined)[]) =>
  ids.filter(Boolean).join(" ") || undefined;

function FieldNote({ id, error, children }: { id: string; error?: boolean; children: string }) {
  return (
    <p
      id={id}
      className={
        error
          ? "text-sm font-medium text-red-700 dark:text-red-400"
          : "text-sm text-slate-600 dark:text-slate-400"
      }
    >
      {children}
    </p>
  );
}
