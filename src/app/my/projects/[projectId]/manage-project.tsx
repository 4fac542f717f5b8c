"use client";

import Link from "next/link";
import { useState } from "react";

import { ConfirmDialog } from "~/app/_components/confirm-dialog";
import { FormAlert } from "~/app/_components/form/form-alert";
import { Button } from "~/app/_components/form/submit-button";
import { EditedAt } from "~/app/_components/local-time";
import { statusLabel } from "~/shared/format/labels";
import { formatBudget } from "~/shared/format/money";
import { api } from "~/trpc/react";
import { isOpenProposal, useManagedProject } from "./manage-cache";
import { ProposalsToCompare } from "./proposals-to-compare";

const secondaryLink =
  "inline-flex items-center justify-center rounded-lg border border-slate-300 bg-white px-4 py-2 text-sm font-semibold text-slate-800 shadow-sm hover:bg-slate-50 dark:border-slate-700 dark:bg-slate-900 dark:text-slate-100 dark:hover:bg-slate-800";

/**
 * The client's project: its state, what they can do with it now, and the proposals on it.
 * Everything reads the one `project.manage` query, which each action updates from the
 * server's answer the moment it arrives.
 */
export function ManageProject({ id, now }: { id: string; now: number }) {
  const [{ project, proposals }] = api.project.manage.useSuspenseQuery({ id });
  const managed = useManagedProject(id);
  const [error, setError] = useState<string | null>(null);
  const [closing, setClosing] = useState(false);

  const publish = api.project.publish.useMutation({
    onMutate: () => setError(null),
    onSuccess: (updated) =>
      managed.patchProject({ status: updated.status, publishedAt: updated.publishedAt }),
    onError: (e) => setError(e.message),
    onSettled: () => managed.refresh(),
  });
  const cancel = api.project.cancel.useMutation({
    onSuccess: (updated) => {
      managed.patchProject({ status: updated.status });
      managed.patchProposals((p) => (isOpenProposal(p) ? { ...p, status: "declined" } : p));
      setClosing(false);
    },
    onSettled: () => managed.refresh(),
  });

  const draft = project.status === "draft";
  const open = project.status === "open";
  const waiting = proposals.filter(isOpenProposal).length;

  return (
    <div className="flex flex-col gap-6">
      <header className="flex flex-col gap-1">
        <h1 className="text-3xl font-bold tracking-tight wrap-anywhere">{project.title}</h1>
        <p className="text-slate-600 dark:text-slate-400">
          {statusLabel[project.status]} · {formatBudget(project)}
          {project.publishedAt ? (
            <>
              {" · "}
              <Link href={`/projects/${project.id}`} className="underline">
                public page
              </Link>
            </>
          ) : null}
          <EditedAt date={project.editedAt} now={now} />
        </p>
      </header>
      {error ? <FormAlert tone="error">{error}</FormAlert> : null}
      {project.contractId ? (
        <FormAlert tone="success">
          You hired for this project.{" "}
          <Link href={`/contracts/${project.contractId}`} className="font-semibold underline">
            Open the contract
          </Link>
        </FormAlert>
      ) : null}
      {draft || open ? (
        <div className="flex flex-wrap gap-3">
          {draft ? (
            <Button
              type="button"
              pending={publish.isPending}
              pendingLabel="Publishing…"
              onClick={() => publish.mutate({ id: project.id })}
            >
              Publish project
            </Button>
          ) : null}
          <Link href={`/my/projects/${project.id}/edit`} className={secondaryLink}>
            Edit project
          </Link>
          <Button
            type="button"
            variant="secondary"
            onClick={() => {
              cancel.reset();
              setClosing(true);
            }}
          >
            {open ? "Close project" : "Discard draft"}
          </Button>
        </div>
      ) : null}
      {closing ? (
        <ConfirmDialog
          title={open ? "Close this project?" : "Discard this draft?"}
          confirmLabel={open ? "Close project" : "Discard draft"}
          pendingLabel="Closing…"
          cancelLabel={open ? "Keep it open" : "Keep the draft"}
          tone="danger"
          pending={cancel.isPending}
          error={cancel.error?.message}
          onConfirm={() => cancel.mutate({ id: project.id })}
          onCancel={() => setClosing(false)}
        >
          <p>
            {open
              ? "It stops taking proposals and leaves the project list."
              : "Nobody else has seen it."}{" "}
            {waiting === 1
              ? "The proposal waiting for your decision will be declined."
              : waiting > 1
                ? `The ${waiting} proposals waiting for your decision will be declined.`
                : ""}{" "}
            This cannot be undone.
          </p>
        </ConfirmDialog>
      ) : null}
      <ProposalsToCompare id={id} now={now} />
    </div>
  );
}
