"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState } from "react";

import { FormAlert } from "~/app/_components/form/form-alert";
import { Button } from "~/app/_components/form/submit-button";
import { TextAreaField } from "~/app/_components/form/text-area-field";
import { TextField } from "~/app/_components/form/text-field";
import { useFieldValues } from "~/app/_components/form/use-field-values";
import { useSchemaForm } from "~/app/_components/form/use-schema-form";
import { SaveClientProfileInput } from "~/shared/schemas/profile";
import { api } from "~/trpc/react";

export function ClientProfileForm({
  userId,
  initial,
}: {
  userId: string;
  initial: { companyName: string; about: string; website: string | null; location: string } | null;
}) {
  const router = useRouter();
  const [saved, setSaved] = useState(false);
  const { values, set } = useFieldValues(
    {
      companyName: initial?.companyName ?? "",
      about: initial?.about ?? "",
      website: initial?.website ?? "",
      location: initial?.location ?? "",
    },
    () => setSaved(false),
  );
  const save = api.profile.saveClient.useMutation({
    onSuccess: () => {
      setSaved(true);
      router.refresh();
    },
  });
  const form = useSchemaForm(SaveClientProfileInput, save);
  const { fieldErrors, message } = form;

  return (
    <form onSubmit={form.onSubmit(() => values)} noValidate className="flex flex-col gap-5">
      {message ? <FormAlert tone="error">{message}</FormAlert> : null}
      {saved ? (
        <FormAlert tone="success">
          Profile saved.{" "}
          <Link href={`/clients/${userId}`} className="underline">
            See your public profile
          </Link>
          .
        </FormAlert>
      ) : null}
      <TextField
        name="companyName"
        label="Company name (optional)"
        value={values.companyName}
        onChange={set("companyName")}
        error={fieldErrors.companyName}
      />
      <TextAreaField
        name="about"
        label="About (Markdown: **bold**, lists with “- ”, links)"
        rows={6}
        value={values.about}
        onChange={set("about")}
        error={fieldErrors.about}
      />
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField
          name="website"
          label="Website (optional)"
          type="url"
          inputMode="url"
          placeholder="https://"
          value={values.website}
          onChange={set("website")}
          error={fieldErrors.website}
        />
        <TextField
          name="location"
          label="Location"
          value={values.location}
          onChange={set("location")}
          error={fieldErrors.location}
        />
      </div>
      <Button pending={form.pending} pendingLabel="Saving…" className="self-start">
        Save profile
      </Button>
    </form>
  );
}
