"use client";

import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";

import { FormAlert } from "~/app/_components/form/form-alert";
import { SelectField } from "~/app/_components/form/select-field";
import { SkillPicker, type PickableSkill } from "~/app/_components/form/skill-picker";
import { Button } from "~/app/_components/form/submit-button";
import { TextAreaField } from "~/app/_components/form/text-area-field";
import { TextField } from "~/app/_components/form/text-field";
import { mutationFailure } from "~/app/_components/form/trpc-errors";
import { useFormErrors } from "~/app/_components/form/use-form-errors";
import { useFieldValues } from "~/app/_components/form/use-field-values";
import { durationLabel, experienceLabel } from "~/shared/format/labels";
import { parseMoneyToMinor } from "~/shared/format/money";
import {
  budgetTypes,
  CreateProjectInput,
  currencies,
  experienceLevels,
  projectDurations,
} from "~/shared/schemas/project";
import { api } from "~/trpc/react";

export function NewProjectForm({ skills }: { skills: PickableSkill[] }) {
  const router = useRouter();
  const { fieldErrors, message, check, fromResult } = useFormErrors();
  const { values, set } = useFieldValues({
    title: "",
    description: "",
    budgetType: "fixed",
    budgetMin: "",
    budgetMax: "",
    currency: "USD",
    experienceLevel: "intermediate",
    duration: "1_to_4_weeks",
  });
  const [skillIds, setSkillIds] = useState<number[]>([]);
  const create = api.project.create.useMutation({
    onError: (error) => fromResult(mutationFailure(error)),
    onSuccess: (project) => router.push(`/my/projects/${project.id}`),
  });

  function submit(event: FormEvent) {
    event.preventDefault();
    const input = check(CreateProjectInput, {
      ...values,
      // Amounts are typed in whole currency units and become integer cents here, exactly.
      budgetMinMinor: parseMoneyToMinor(values.budgetMin, values.currency) ?? Number.NaN,
      budgetMaxMinor: parseMoneyToMinor(values.budgetMax, values.currency) ?? Number.NaN,
      skillIds,
    });
    if (input) create.mutate(input);
  }

  return (
    <form onSubmit={submit} noValidate className="flex flex-col gap-5">
      {message ? <FormAlert tone="error">{message}</FormAlert> : null}
      <TextField
        name="title"
        label="Title"
        value={values.title}
        onChange={set("title")}
        error={fieldErrors.title}
        required
      />
      <TextAreaField
        name="description"
        label="Description"
        rows={8}
        value={values.description}
        onChange={set("description")}
        error={fieldErrors.description}
      />
      <div className="grid gap-4 sm:grid-cols-3">
        <SelectField
          label="Budget type"
          value={values.budgetType}
          onChange={set("budgetType")}
          options={budgetTypes.map((type) => ({
            value: type,
            label: type === "fixed" ? "Fixed price" : "Hourly rate",
          }))}
        />
        <TextField
          name="budgetMin"
          label="Budget from"
          inputMode="decimal"
          value={values.budgetMin}
          onChange={set("budgetMin")}
          error={fieldErrors.budgetMinMinor}
          required
        />
        <TextField
          name="budgetMax"
          label="Budget up to"
          inputMode="decimal"
          value={values.budgetMax}
          onChange={set("budgetMax")}
          error={fieldErrors.budgetMaxMinor}
          required
        />
      </div>
      <div className="grid gap-4 sm:grid-cols-3">
        <SelectField
          label="Currency"
          value={values.currency}
          onChange={set("currency")}
          options={currencies.map((c) => ({ value: c, label: c }))}
        />
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
      <SkillPicker
        skills={skills}
        selected={skillIds}
        onChange={setSkillIds}
        legend="Skills (1 to 10)"
        error={fieldErrors.skillIds}
      />
      <Button pending={create.isPending} pendingLabel="Saving…" className="self-start">
        Save draft
      </Button>
    </form>
  );
}
