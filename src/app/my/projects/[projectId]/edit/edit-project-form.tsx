"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";

import { FormAlert } from "~/app/_components/form/form-alert";
import type { PickableSkill } from "~/app/_components/form/skill-picker";
import { Button } from "~/app/_components/form/submit-button";
import { useSchemaForm } from "~/app/_components/form/use-schema-form";
import { ProjectFields, useProjectFields } from "~/app/projects/_components/project-fields";
import { UpdateProjectInput } from "~/shared/schemas/project";
import { api } from "~/trpc/react";

/**
 * The post-a-project form, filled with the saved brief. Saving lands back on the manage page,
 * whose cached copy is refreshed from the server first so it never shows the old brief.
 */
export function EditProjectForm({ id, skills }: { id: string; skills: PickableSkill[] }) {
  const router = useRouter();
  const utils = api.useUtils();
  const [{ project }] = api.project.manage.useSuspenseQuery({ id });
  const fields = useProjectFields({ ...project, skillIds: project.skills.map((s) => s.id) });
  const update = api.project.update.useMutation({
    onSuccess: async () => {
      await utils.project.manage.invalidate({ id });
      router.push(`/my/projects/${id}`);
    },
  });
  const form = useSchemaForm(UpdateProjectInput, update);

  return (
    <form
      onSubmit={form.onSubmit(() => ({ id, ...fields.input() }))}
      noValidate
      className="flex flex-col gap-5"
    >
      {form.message ? <FormAlert tone="error">{form.message}</FormAlert> : null}
      {project.status === "open" ? (
        <FormAlert tone="info">
          This project is open to proposals: freelancers will see that it was edited, and the
          proposals already sent stay as they are.
        </FormAlert>
      ) : null}
      <ProjectFields
        fields={fields}
        errors={form.fieldErrors}
        skills={skills}
        published={project.status === "open"}
      />
      <div className="flex flex-wrap items-center gap-3">
        <Button pending={form.pending} pendingLabel="Saving…">
          Save changes
        </Button>
        <Link
          href={`/my/projects/${id}`}
          className="rounded-lg px-3 py-2 text-sm font-semibold text-slate-700 hover:underline dark:text-slate-300"
        >
          Cancel
        </Link>
      </div>
    </form>
  );
}
