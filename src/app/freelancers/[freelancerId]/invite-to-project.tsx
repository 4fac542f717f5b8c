"use client";

import Link from "next/link";
import { useEffect, useRef, useState } from "react";

import { FormAlert } from "~/app/_components/form/form-alert";
import { SelectField } from "~/app/_components/form/select-field";
import { Button } from "~/app/_components/form/submit-button";
import { TextAreaField } from "~/app/_components/form/text-area-field";
import { useSchemaForm } from "~/app/_components/form/use-schema-form";
import { SendInvitationInput } from "~/shared/schemas/invitation";
import { api } from "~/trpc/react";

/**
 * "Invite to project" on a freelancer's page, for clients: pick one of your open projects
 * (those the freelancer was already invited to or proposed to stay in the list, disabled,
 * saying why), add a message if you like, send. The page prefetches the picker's list.
 */
export function InviteToProject({ freelancerId }: { freelancerId: string }) {
  const utils = api.useUtils();
  const [{ freelancerName, projects }] = api.invitation.invitableProjects.useSuspenseQuery({
    freelancerId,
  });
  const choosable = projects.filter((p) => !p.invited && !p.proposed);
  const [open, setOpen] = useState(false);
  const [projectId, setProjectId] = useState("");
  const [message, setMessage] = useState("");
  const [sentTo, setSentTo] = useState<{ id: string; title: string } | null>(null);
  const opener = useRef<HTMLButtonElement>(null);
  const picker = useRef<HTMLSelectElement>(null);
  const wasOpen = useRef(false);

  const send = api.invitation.send.useMutation({
    onSuccess: async (invitation) => {
      const title = projects.find((p) => p.id === invitation.projectId)?.title ?? "your project";
      setSentTo({ id: invitation.projectId, title });
      setOpen(false);
      setMessage("");
      await utils.invitation.invitableProjects.invalidate({ freelancerId });
    },
  });
  const form = useSchemaForm(SendInvitationInput, send);

  useEffect(() => {
    if (open) picker.current?.focus();
    else if (wasOpen.current) opener.current?.focus();
    wasOpen.current = open;
  }, [open]);

  const chosen = choosable.some((p) => p.id === projectId) ? projectId : (choosable[0]?.id ?? "");

  if (projects.length === 0) {
    return (
      <p className="text-sm text-slate-700 dark:text-slate-300">
        You have no open projects to invite {freelancerName} to.{" "}
        <Link href="/projects/new" className="text-brand-700 dark:text-brand-300 underline">
          Post a project
        </Link>
        .
      </p>
    );
  }

  return (
    <div className="flex flex-col gap-3">
      <div aria-live="polite">
        {sentTo ? (
          <FormAlert tone="success">
            Invitation sent. {freelancerName} sees it on their dashboard; the answer shows on{" "}
            <Link href={`/my/projects/${sentTo.id}`} className="underline">
              {sentTo.title}
            </Link>
            .
          </FormAlert>
        ) : null}
      </div>
      {open ? (
        <form
          onSubmit={form.onSubmit(() => ({ projectId: chosen, freelancerId, message }))}
          noValidate
          aria-labelledby="invite-heading"
          className="flex flex-col gap-3"
        >
          <h3 id="invite-heading" className="font-semibold text-slate-900 dark:text-white">
            Invite {freelancerName} to a project
          </h3>
          {form.message ? <FormAlert tone="error">{form.message}</FormAlert> : null}
          <SelectField
            ref={picker}
            id="invite-project"
            label="Project"
            value={chosen}
            onChange={(event) => setProjectId(event.target.value)}
            options={projects.map((p) => ({
              value: p.id,
              label: p.proposed
                ? `${p.title} (already proposed)`
                : p.invited
                  ? `${p.title} (already invited)`
                  : p.title,
              disabled: p.invited || p.proposed,
            }))}
          />
          <TextAreaField
            id="invite-message"
            name="message"
            label="Message (optional)"
            rows={4}
            placeholder="Why their work fits this project"
            value={message}
            onChange={(event) => setMessage(event.target.value)}
            error={form.fieldErrors.message}
          />
          <div className="flex flex-wrap gap-2">
            <Button pending={form.pending} pendingLabel="Sending…" disabled={!chosen}>
              Send invitation
            </Button>
            <Button type="button" variant="secondary" onClick={() => setOpen(false)}>
              Cancel
            </Button>
          </div>
        </form>
      ) : choosable.length === 0 ? (
        <p className="text-sm text-slate-700 dark:text-slate-300">
          {freelancerName} is already invited to, or has proposed to, each of your open projects.
        </p>
      ) : (
        <Button
          ref={opener}
          type="button"
          aria-expanded={false}
          onClick={() => {
            form.clear();
            setSentTo(null);
            setOpen(true);
          }}
        >
          Invite to project
        </Button>
      )}
    </div>
  );
}
