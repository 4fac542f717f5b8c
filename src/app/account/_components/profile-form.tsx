"use client";

import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";

import { FormAlert } from "~/app/_components/form/form-alert";
import { Button } from "~/app/_components/form/submit-button";
import { TextField } from "~/app/_components/form/text-field";
import { mutationFailure } from "~/app/_components/form/trpc-errors";
import { useFormErrors } from "~/app/_components/form/use-form-errors";
import { UpdateProfileInput } from "~/shared/schemas/identity";
import { api } from "~/trpc/react";

export function ProfileForm({ initialName }: { initialName: string }) {
  const router = useRouter();
  const [name, setName] = useState(initialName);
  const [saved, setSaved] = useState(false);
  const { fieldErrors, message, check, fromResult } = useFormErrors();
  const update = api.account.updateProfile.useMutation({
    onError: (error) => fromResult(mutationFailure(error)),
    onSuccess: () => {
      setSaved(true);
      // The header shows the name too: re-render the server parts.
      router.refresh();
    },
  });

  function submit(event: FormEvent) {
    event.preventDefault();
    setSaved(false);
    const input = check(UpdateProfileInput, { name });
    if (input) update.mutate(input);
  }

  return (
    <form onSubmit={submit} noValidate className="flex flex-col gap-4">
      {message ? <FormAlert tone="error">{message}</FormAlert> : null}
      {saved ? <FormAlert tone="success">Saved.</FormAlert> : null}
      <TextField
        name="name"
        label="Full name"
        autoComplete="name"
        value={name}
        onChange={(e) => setName(e.target.value)}
        error={fieldErrors.name}
        required
      />
      <Button pending={update.isPending} pendingLabel="Saving…" className="self-start">
        Save
      </Button>
    </form>
  );
}
