"use client";

import { useRouter } from "next/navigation";

import { FormAlert } from "~/app/_components/form/form-alert";
import type { PickableSkill } from "~/app/_components/form/skill-picker";
import { Button } from "~/app/_components/form/submit-button";
import { useSchemaForm } from "~/app/_components/form/use-schema-form";
import { CreateProjectInput } from "~/shared/schemas/project";
import { api } from "~/trpc/react";
import { emptyBrief, ProjectFields, useProjectFields } from "../_components/project-fields";

export function NewProjectForm({ skills }: { skills: PickableSkill[] }) {
  const router = useRouter();
  const fields = useProjectFields(emptyBrief);
  const create = api.project.create.useMutation({
    onSuccess: (project) => router.push(`/my/projects/${project.id}`),
  });
  const form = useSchemaForm(CreateProjectInput, create);

  return (
    <form onSubmit={form.onSubmit(fields.input)} noValidate className="flex flex-col gap-5">
      {form.message ? <FormAlert tone="error">{form.message}</FormAlert> : null}
      <ProjectFields fields={fields} errors={form.fieldErrors} skills={skills} />
      <Button pending={form.pending} pendingLabel="Saving…" className="self-start">
        Save draft
      </Button>
    </form>
  );
}
