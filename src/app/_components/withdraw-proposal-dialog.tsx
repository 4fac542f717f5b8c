"use client";

import { ConfirmDialog } from "./confirm-dialog";

/** What withdrawing a proposal does, asked before it happens (from the project or the list). */
export function WithdrawProposalDialog({
  projectTitle,
  onConfirm,
  onCancel,
}: {
  projectTitle: string;
  onConfirm: () => void;
  onCancel: () => void;
}) {
  return (
    <ConfirmDialog
      title="Withdraw your proposal?"
      confirmLabel="Withdraw proposal"
      cancelLabel="Keep it"
      tone="danger"
      onConfirm={onConfirm}
      onCancel={onCancel}
    >
      <p className="wrap-anywhere">
        The client of “{projectTitle}” will no longer see it, and you cannot send another proposal
        to this project.
      </p>
    </ConfirmDialog>
  );
}
