"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";

import { FormAlert } from "~/app/_components/form/form-alert";
import { Button } from "~/app/_components/form/submit-button";
import { TextField } from "~/app/_components/form/text-field";
import { useSchemaForm } from "~/app/_components/form/use-schema-form";
import { UpdateProfileInput } from "~/shared/schemas/identity";
import { api } from "~/trpc/react";

export function ProfileForm({ initialName }: { initialName: string }) {
  const router = useRouter();
  const [name, setName] = useState(initialName);
  const update = api.account.updateProfile.useMutation({
    // The header shows the name too: re-render the server parts.
    onSuccess: () => router.refresh(),
  });
  const form = useSchemaForm(UpdateProfileInput, update);

  return (
    <form onSubmit={form.onSubmit(() => ({ name }))} noValidate className="flex flex-col gap-4">
      {form.message ? <FormAlert tone="error">{form.message}</FormAlert> : null}
      {update.isSuccess ? <FormAlert tone="success">Saved.</FormAlert> : null}
      <TextField
        name="name"
        label="Full name"
        autoComplete="name"
        value={name}
        onChange={(e) => {
          update.reset();
          setName(e.target.value);
        }}
        error={form.fieldErrors.name}
        required
      />
      <Button pending={form.pending} pendingLabel="Saving…" className="self-start">
        Save
      </Button>
    </form>
  );
}
