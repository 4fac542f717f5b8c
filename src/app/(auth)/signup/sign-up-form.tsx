"use client";

import { useRouter } from "next/navigation";

import { FormAlert } from "~/app/_components/form/form-alert";
import { NewPasswordField } from "~/app/_components/form/new-password-field";
import { Button } from "~/app/_components/form/submit-button";
import { TextField } from "~/app/_components/form/text-field";
import { useFieldValues } from "~/app/_components/form/use-field-values";
import { refusingWeak, usePasswordStrength } from "~/app/_components/form/use-password-strength";
import { useSchemaForm } from "~/app/_components/form/use-schema-form";
import { SignUpInput, signUpRoles } from "~/shared/schemas/identity";
import { api } from "~/trpc/react";

const roleLabels: Record<(typeof signUpRoles)[number], { title: string; detail: string }> = {
  client: { title: "I'm hiring", detail: "Post projects and hire freelancers." },
  freelancer: { title: "I'm looking for work", detail: "Find projects and send proposals." },
};

export function SignUpForm() {
  const router = useRouter();
  const { values, set } = useFieldValues({ name: "", email: "", password: "", role: "" });
  const strength = usePasswordStrength(values.password, values);
  const signUp = api.auth.signUp.useMutation({
    onSuccess: ({ redirectTo }) => {
      router.replace(redirectTo);
      router.refresh();
    },
  });
  const form = useSchemaForm(refusingWeak(SignUpInput, "password", strength), signUp);
  // Still pending while the new page loads, so the button cannot be pressed twice.
  const pending = form.pending || signUp.isSuccess;

  return (
    <form
      method="post"
      onSubmit={form.onSubmit(() => ({
        ...values,
        timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone,
      }))}
      noValidate
      className="flex flex-col gap-4"
    >
      {form.message ? <FormAlert tone="error">{form.message}</FormAlert> : null}
      <fieldset
        className="flex flex-col gap-2"
        aria-describedby={form.fieldErrors.role ? "role-error" : undefined}
      >
        <legend className="mb-1 text-sm font-medium text-slate-800 dark:text-slate-200">
          How will you use Guild?
        </legend>
        <div className="grid gap-2 sm:grid-cols-2">
          {signUpRoles.map((role) => (
            <label
              key={role}
              className="has-checked:border-brand-600 has-checked:bg-brand-50 dark:has-checked:border-brand-400 dark:has-checked:bg-brand-950 flex cursor-pointer gap-3 rounded-lg border border-slate-300 p-3 dark:border-slate-700"
            >
              <input
                type="radio"
                name="role"
                value={role}
                checked={values.role === role}
                onChange={set("role")}
                className="accent-brand-600 mt-1"
              />
              <span className="flex flex-col">
                <span className="text-sm font-semibold">{roleLabels[role].title}</span>
                <span className="text-xs text-slate-600 dark:text-slate-400">
                  {roleLabels[role].detail}
                </span>
              </span>
            </label>
          ))}
        </div>
        {form.fieldErrors.role ? (
          <p id="role-error" className="text-sm font-medium text-red-700 dark:text-red-400">
            {form.fieldErrors.role.join(" ")}
          </p>
        ) : null}
      </fieldset>
      <TextField
        name="name"
        label="Full name"
        autoComplete="name"
        value={values.name}
        onChange={set("name")}
        error={form.fieldErrors.name}
        required
      />
      <TextField
        name="email"
        type="email"
        label="Email"
        autoComplete="email"
        value={values.email}
        onChange={set("email")}
        error={form.fieldErrors.email}
        required
      />
      <NewPasswordField
        name="password"
        label="Password"
        value={values.password}
        onChange={(event) => {
          form.clearField("password");
          set("password")(event);
        }}
        error={form.fieldErrors.password}
        strength={strength}
      />
      <Button pending={pending} pendingLabel="Creating your account…">
        Create account
      </Button>
    </form>
  );
}
