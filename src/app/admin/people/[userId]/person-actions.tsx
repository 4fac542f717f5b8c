"use client";

import { useEffect, useRef, useState, type ReactNode } from "react";
import type { ZodType } from "zod";

import { FormAlert } from "~/app/_components/form/form-alert";
import { SelectField } from "~/app/_components/form/select-field";
import { Button } from "~/app/_components/form/submit-button";
import { TextAreaField } from "~/app/_components/form/text-area-field";
import { useSchemaForm } from "~/app/_components/form/use-schema-form";
import {
  PersonActionInput,
  RevokePersonApiTokenInput,
  RevokePersonSessionsInput,
  SetUserRoleInput,
  SetUserStatusInput,
} from "~/shared/schemas/admin";
import type { UserRole } from "~/shared/statuses";
import { api, type RouterOutputs } from "~/trpc/react";

type Profile = RouterOutputs["admin"]["person"]["profile"];
type Mutation<T> = Parameters<typeof useSchemaForm<T>>[1];

/** After any action: the person's page and the lists read again. */
function useDone(userId: string) {
  const utils = api.useUtils();
  return () =>
    Promise.all([
      utils.admin.person.invalidate({ userId }),
      utils.admin.people.invalidate(),
      utils.admin.auditEvents.invalidate(),
      utils.admin.apiTokens.invalidate({ userId }),
    ]);
}

/**
 * One action's form: what it does, a required reason (it goes into the audit log) and, for
 * some, a choice. Focus goes to the reason when it opens.
 */
function ReasonForm<T>({
  name,
  explain,
  submitLabel,
  pendingLabel,
  schema,
  mutation,
  values,
  onCancel,
  children,
}: {
  name: string;
  explain: string;
  submitLabel: string;
  pendingLabel: string;
  schema: ZodType<T>;
  mutation: Mutation<T>;
  values: (reason: string) => unknown;
  onCancel: () => void;
  children?: ReactNode;
}) {
  const [reason, setReason] = useState("");
  const form = useSchemaForm(schema, mutation);
  const box = useRef<HTMLTextAreaElement>(null);
  useEffect(() => box.current?.focus(), []);
  const id = name.toLowerCase().replace(/[^a-z]+/g, "-");
  return (
    <form
      onSubmit={form.onSubmit(() => values(reason))}
      noValidate
      aria-label={name}
      className="flex flex-col gap-3 rounded-xl border border-slate-200 bg-slate-50 p-4 dark:border-slate-700 dark:bg-slate-800/50"
    >
      <p className="text-sm">{explain}</p>
      {form.message ? <FormAlert tone="error">{form.message}</FormAlert> : null}
      {children}
      <TextAreaField
        ref={box}
        id={`reason-${id}`}
        name="reason"
        label="Reason (recorded in the audit log)"
        rows={3}
        value={reason}
        onChange={(event) => {
          setReason(event.target.value);
          form.clearField("reason");
        }}
        error={form.fieldErrors.reason}
      />
      <div className="flex flex-wrap gap-2">
        <Button pending={form.pending} pendingLabel={pendingLabel}>
          {submitLabel}
        </Button>
        <Button type="button" variant="secondary" onClick={onCancel}>
          Cancel
        </Button>
      </div>
    </form>
  );
}

type ActionName = "status" | "role" | "reset" | "verify" | "signOut";

const roleOptions: { value: UserRole; label: string }[] = [
  { value: "client", label: "Client" },
  { value: "freelancer", label: "Freelancer" },
  { value: "admin", label: "Admin" },
];

/** What an admin may do to a person's account, each with a reason. */
export function PersonActions({ profile }: { profile: Profile }) {
  const [open, setOpen] = useState<ActionName | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [role, setRole] = useState<UserRole>(profile.role === "client" ? "freelancer" : "client");
  const refresh = useDone(profile.id);
  const succeed = (message: string) => async () => {
    await refresh();
    setOpen(null);
    setDone(message);
  };
  const suspended = profile.status === "suspended";
  const status = api.admin.setUserStatus.useMutation({
    onSuccess: succeed(
      suspended
        ? "Reinstated: they can sign in again."
        : "Suspended: every session of theirs has ended.",
    ),
  });
  const changeRole = api.admin.setUserRole.useMutation({
    onSuccess: succeed("Role changed: they sign in again to use it."),
  });
  const reset = api.admin.requirePasswordReset.useMutation({
    onSuccess: succeed("A reset link is on its way; their old password no longer signs in."),
  });
  const verify = api.admin.verifyEmail.useMutation({ onSuccess: succeed("Email verified.") });
  const signOut = api.admin.revokeSessions.useMutation({
    onSuccess: succeed("Signed out of every device."),
  });
  const userId = profile.id;
  const close = () => setOpen(null);

  const buttons: { name: ActionName; label: string; show: boolean }[] = [
    { name: "status", label: suspended ? "Reinstate" : "Suspend", show: true },
    { name: "role", label: "Change role", show: true },
    { name: "reset", label: "Require a password reset", show: true },
    { name: "verify", label: "Verify email by hand", show: !profile.emailVerifiedAt },
    { name: "signOut", label: "Sign out everywhere", show: true },
  ];
  return (
    <section aria-labelledby="actions-heading" className="flex flex-col gap-3">
      <h3 id="actions-heading" className="text-lg font-semibold">
        Actions
      </h3>
      {done ? <FormAlert tone="success">{done}</FormAlert> : null}
      <div className="flex flex-wrap gap-2">
        {buttons
          .filter((button) => button.show)
          .map((button) => (
            <Button
              key={button.name}
              type="button"
              variant="secondary"
              aria-expanded={open === button.name}
              onClick={() => {
                setDone(null);
                setOpen(open === button.name ? null : button.name);
              }}
            >
              {button.label}
            </Button>
          ))}
      </div>
      {open === "status" ? (
        <ReasonForm
          name={suspended ? "Reinstate" : "Suspend"}
          explain={
            suspended
              ? "They can sign in again. We tell them, with your reason."
              : "Every session of theirs ends on its next request and they cannot sign in. We tell them, with your reason, by notification and email."
          }
          submitLabel={suspended ? "Reinstate" : "Suspend"}
          pendingLabel={suspended ? "Reinstating…" : "Suspending…"}
          schema={SetUserStatusInput}
          mutation={status}
          values={(reason) => ({ userId, status: suspended ? "active" : "suspended", reason })}
          onCancel={close}
        />
      ) : null}
      {open === "role" ? (
        <ReasonForm
          name="Change role"
          explain="Their sessions end, so the new role applies from their next sign-in."
          submitLabel="Change role"
          pendingLabel="Changing…"
          schema={SetUserRoleInput}
          mutation={changeRole}
          values={(reason) => ({ userId, role, reason })}
          onCancel={close}
        >
          <SelectField
            label="New role"
            name="role"
            value={role}
            onChange={(event) => setRole(event.target.value as UserRole)}
            options={roleOptions.filter((option) => option.value !== profile.role)}
          />
        </ReasonForm>
      ) : null}
      {open === "reset" ? (
        <ReasonForm
          name="Require a password reset"
          explain="Their sessions end and their old password stops working; we email them a link to choose a new one."
          submitLabel="Require a reset"
          pendingLabel="Requiring…"
          schema={PersonActionInput}
          mutation={reset}
          values={(reason) => ({ userId, reason })}
          onCancel={close}
        />
      ) : null}
      {open === "verify" ? (
        <ReasonForm
          name="Verify email by hand"
          explain="Only when they proved the address another way."
          submitLabel="Verify email"
          pendingLabel="Verifying…"
          schema={PersonActionInput}
          mutation={verify}
          values={(reason) => ({ userId, reason })}
          onCancel={close}
        />
      ) : null}
      {open === "signOut" ? (
        <ReasonForm
          name="Sign out everywhere"
          explain="Every device of theirs is signed out on its next request; they can sign in again."
          submitLabel="Sign out everywhere"
          pendingLabel="Signing out…"
          schema={RevokePersonSessionsInput}
          mutation={signOut}
          values={(reason) => ({ userId, reason })}
          onCancel={close}
        />
      ) : null}
    </section>
  );
}

/** "Sign out" for one device on the person's page, with its reason. */
export function RevokeSession({ userId, sessionId }: { userId: string; sessionId: string }) {
  const [open, setOpen] = useState(false);
  const refresh = useDone(userId);
  const revoke = api.admin.revokeSessions.useMutation({ onSuccess: () => refresh() });
  if (!open)
    return (
      <Button type="button" variant="secondary" aria-expanded={false} onClick={() => setOpen(true)}>
        Sign out<span className="sr-only"> this device</span>
      </Button>
    );
  return (
    <div className="w-full">
      <ReasonForm
        name="Sign out this device"
        explain="This device is signed out on its next request."
        submitLabel="Sign out this device"
        pendingLabel="Signing out…"
        schema={RevokePersonSessionsInput}
        mutation={revoke}
        values={(reason) => ({ userId, sessionId, reason })}
        onCancel={() => setOpen(false)}
      />
    </div>
  );
}

/** "Revoke" for one of the person's API tokens (leaked, or used for abuse), with its reason. */
export function RevokeApiToken({
  userId,
  token,
}: {
  userId: string;
  token: { id: string; name: string };
}) {
  const [open, setOpen] = useState(false);
  const refresh = useDone(userId);
  const revoke = api.admin.revokeApiToken.useMutation({ onSuccess: () => refresh() });
  if (!open)
    return (
      <Button type="button" variant="secondary" aria-expanded={false} onClick={() => setOpen(true)}>
        Revoke<span className="sr-only"> token {token.name}</span>
      </Button>
    );
  return (
    <div className="w-full">
      <ReasonForm
        name={`Revoke token ${token.name}`}
        explain="Whatever uses this token is refused from its next request. The person is told in their security events."
        submitLabel="Revoke token"
        pendingLabel="Revoking…"
        schema={RevokePersonApiTokenInput}
        mutation={revoke}
        values={(reason) => ({ userId, tokenId: token.id, reason })}
        onCancel={() => setOpen(false)}
      />
    </div>
  );
}
