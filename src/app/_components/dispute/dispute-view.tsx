"use client";

import Link from "next/link";
import { useState } from "react";

import { AttachmentList } from "~/app/_components/attachment-list";
import { ConfirmDialog } from "~/app/_components/confirm-dialog";
import { FilePicker } from "~/app/_components/file-picker";
import { FormAlert } from "~/app/_components/form/form-alert";
import { Button } from "~/app/_components/form/submit-button";
import { TextAreaField } from "~/app/_components/form/text-area-field";
import { useSchemaForm } from "~/app/_components/form/use-schema-form";
import { LocalTime } from "~/app/_components/local-time";
import { MAX_ATTACHMENTS } from "~/shared/files";
import { formatMoney } from "~/shared/format/money";
import { DisputePostInput } from "~/shared/schemas/dispute";
import { DISPUTE_ANSWER_DAYS, DISPUTE_STALE_DAYS, disputeOutcomeLabels } from "~/shared/trust";
import { api, type RouterOutputs } from "~/trpc/react";
import { DisputeStatusBadge } from "./dispute-status";

export type Dispute = RouterOutputs["dispute"]["byId"];
type Post = Dispute["posts"][number];

const muted = "text-slate-600 dark:text-slate-400";
const roleLabel = { client: "Client", freelancer: "Freelancer", admin: "Guild admin" };

/**
 * A dispute as both parties and the admins see it: what it is about and what is frozen, where
 * it stands (the decision once there is one), the thread with its evidence, and what the
 * viewer may add. Reads the dispute from the cache the page filled; every change refreshes it.
 */
export function DisputeView({
  id,
  level,
}: {
  id: string;
  /** Its title's heading level. */ level: 1 | 2;
}) {
  const [dispute] = api.dispute.byId.useSuspenseQuery({ id });
  const Title = level === 1 ? "h1" : "h2";
  const Section = level === 1 ? "h2" : "h3";
  const { viewer } = dispute;
  const other = viewer.role === "client" ? dispute.freelancer : dispute.client;
  return (
    <div className="flex flex-col gap-6">
      <header className="flex flex-col gap-2">
        <p className="text-brand-700 dark:text-brand-300 text-sm font-semibold">
          Dispute ·{" "}
          <Link href={`/contracts/${dispute.contractId}`} className="underline">
            {dispute.projectTitle}
          </Link>
        </p>
        <div className="flex flex-wrap items-center gap-3">
          <Title className="text-2xl font-bold tracking-tight wrap-anywhere">
            Dispute over {dispute.what}
          </Title>
          <DisputeStatusBadge status={dispute.status} />
        </div>
      </header>
      <Facts dispute={dispute} />
      {dispute.status === "resolved" ? <Decision dispute={dispute} Heading={Section} /> : null}
      {dispute.status === "withdrawn" ? (
        <FormAlert tone="info">
          The dispute was withdrawn: its money is no longer frozen and the contract goes on as
          before.
        </FormAlert>
      ) : null}
      {viewer.role !== "admin" && viewer.canPost ? (
        <FormAlert tone="info">
          {formatMoney(dispute.frozenMinor, dispute.currency)} is frozen while Guild&apos;s admin
          looks into this: nobody can release or refund it until the dispute is settled
          {viewer.canWithdraw ? " or you withdraw it" : ""}. Add what {other.name} and the admin
          should see below.
        </FormAlert>
      ) : null}
      {viewer.role === "admin" && dispute.unanswered ? (
        <FormAlert tone="warning">
          The other party has not answered in {DISPUTE_ANSWER_DAYS} days.
        </FormAlert>
      ) : null}
      {viewer.role === "admin" && dispute.stale ? (
        <FormAlert tone="warning">
          Nothing has happened for {DISPUTE_STALE_DAYS} days: this dispute is escalated.
        </FormAlert>
      ) : null}
      <Thread dispute={dispute} Heading={Section} />
      {viewer.canPost ? <ReplyForm id={dispute.id} /> : null}
      {viewer.canWithdraw ? <WithdrawDispute id={dispute.id} /> : null}
    </div>
  );
}

function Facts({ dispute }: { dispute: Dispute }) {
  const opener = dispute.openedBy === "client" ? dispute.client : dispute.freelancer;
  const facts = [
    { term: "Frozen", detail: formatMoney(dispute.frozenMinor, dispute.currency) },
    { term: "Opened by", detail: `${opener.name} (${roleLabel[dispute.openedBy]})` },
    { term: "Opened", detail: <LocalTime date={dispute.createdAt} /> },
    { term: "Client", detail: dispute.client.name },
    { term: "Freelancer", detail: dispute.freelancer.name },
    { term: "Last activity", detail: <LocalTime date={dispute.lastActivityAt} /> },
  ];
  return (
    <dl className="grid gap-4 rounded-xl border border-slate-200 bg-white p-4 sm:grid-cols-3 dark:border-slate-800 dark:bg-slate-900">
      {facts.map(({ term, detail }) => (
        <div key={term} className="min-w-0">
          <dt className={`text-sm ${muted}`}>{term}</dt>
          <dd className="font-medium wrap-anywhere">{detail}</dd>
        </div>
      ))}
    </dl>
  );
}

/** The settlement: who got what, and the decision in the admin's words. */
type HeadingTag = "h2" | "h3";

function Decision({ dispute, Heading }: { dispute: Dispute; Heading: HeadingTag }) {
  return (
    <section
      aria-labelledby="decision-heading"
      className="flex flex-col gap-2 rounded-xl border border-emerald-300 bg-emerald-50 p-4 dark:border-emerald-800 dark:bg-emerald-950"
    >
      <Heading id="decision-heading" className="font-semibold">
        Decision{dispute.outcome ? `: ${disputeOutcomeLabels[dispute.outcome].toLowerCase()}` : ""}
      </Heading>
      <dl className="grid gap-2 text-sm sm:grid-cols-2">
        <div>
          <dt className={muted}>To {dispute.freelancer.name} (before Guild&apos;s fee)</dt>
          <dd className="font-semibold tabular-nums">
            {formatMoney(dispute.releasedMinor ?? 0, dispute.currency)}
          </dd>
        </div>
        <div>
          <dt className={muted}>Back to {dispute.client.name}</dt>
          <dd className="font-semibold tabular-nums">
            {formatMoney(dispute.refundedMinor ?? 0, dispute.currency)}
          </dd>
        </div>
      </dl>
      {dispute.decision ? (
        <p className="text-sm wrap-anywhere whitespace-pre-line">{dispute.decision}</p>
      ) : null}
      {dispute.resolvedAt ? (
        <p className={`text-sm ${muted}`}>
          Settled <LocalTime date={dispute.resolvedAt} />
        </p>
      ) : null}
    </section>
  );
}

function Thread({ dispute, Heading }: { dispute: Dispute; Heading: HeadingTag }) {
  return (
    <section aria-labelledby="thread-heading" className="flex flex-col gap-3">
      <Heading id="thread-heading" className="text-lg font-semibold">
        What was said
      </Heading>
      <ol aria-label="Dispute thread" className="flex flex-col gap-3">
        {dispute.posts.map((post) => (
          <li key={post.id}>
            <PostItem post={post} />
          </li>
        ))}
      </ol>
    </section>
  );
}

const stepWords: Partial<Record<Post["kind"], string>> = {
  opened: "opened the dispute",
  under_review: "took the dispute up",
  withdrawn: "withdrew the dispute",
  resolved: "settled the dispute",
};

function PostItem({ post }: { post: Post }) {
  const step = stepWords[post.kind];
  const frame =
    post.authorRole === "admin"
      ? "border-brand-300 bg-brand-50 dark:border-brand-800 dark:bg-brand-950"
      : "border-slate-200 bg-white dark:border-slate-800 dark:bg-slate-900";
  return (
    <article
      aria-label={`${post.authorName ?? "Someone"}${step ? ` ${step}` : " wrote"}`}
      className={`flex flex-col gap-2 rounded-xl border p-4 ${frame}`}
    >
      <p className="text-sm">
        <strong className="wrap-anywhere">{post.authorName ?? "Someone"}</strong>{" "}
        <span className={muted}>
          {/* "Guild's admin" already says who: no "(Guild admin)" after it. */}
          {post.authorId === null && post.authorRole === "admin"
            ? ""
            : `(${roleLabel[post.authorRole]})`}
          {step ? ` ${step}` : ""} · <LocalTime date={post.createdAt} />
        </span>
      </p>
      {post.kind === "withdrawn" || post.kind === "under_review" || !post.body ? null : (
        <p className="wrap-anywhere whitespace-pre-line">{post.body}</p>
      )}
      <AttachmentList files={post.files} label={`Evidence from ${post.authorName ?? "someone"}`} />
    </article>
  );
}

/** Something to add to the thread: words, evidence files or both. */
function ReplyForm({ id }: { id: string }) {
  const utils = api.useUtils();
  const [body, setBody] = useState("");
  const [files, setFiles] = useState({ fileIds: [] as string[], uploading: false });
  // A new picker after each post: the sent files leave it.
  const [round, setRound] = useState(0);
  const [sent, setSent] = useState(false);
  const post = api.dispute.post.useMutation({
    onMutate: () => setSent(false),
    onSuccess: async () => {
      await utils.dispute.byId.invalidate({ id });
      setBody("");
      setFiles({ fileIds: [], uploading: false });
      setRound((n) => n + 1);
      setSent(true);
    },
  });
  const form = useSchemaForm(DisputePostInput, post);
  return (
    <form
      onSubmit={form.onSubmit(() => ({ disputeId: id, body, fileIds: files.fileIds }))}
      noValidate
      aria-label="Add to the dispute"
      className="flex flex-col gap-3 rounded-xl border border-slate-200 bg-white p-4 dark:border-slate-800 dark:bg-slate-900"
    >
      {form.message ? <FormAlert tone="error">{form.message}</FormAlert> : null}
      {sent ? <FormAlert tone="success">Added to the dispute.</FormAlert> : null}
      <TextAreaField
        name="body"
        label="Add to the dispute"
        rows={4}
        value={body}
        onChange={(event) => {
          setBody(event.target.value);
          form.clearField("body");
        }}
        error={form.fieldErrors.body}
      />
      <FilePicker
        key={round}
        purpose="attachment"
        label="Attach evidence"
        max={MAX_ATTACHMENTS}
        onChange={setFiles}
        error={form.fieldErrors.fileIds}
      />
      <div>
        <Button
          pending={form.pending || files.uploading}
          pendingLabel={files.uploading ? "Uploading files…" : "Sending…"}
        >
          Send
        </Button>
      </div>
    </form>
  );
}

/** Whoever opened the dispute may withdraw it: the money is no longer frozen. */
function WithdrawDispute({ id }: { id: string }) {
  const utils = api.useUtils();
  const [asking, setAsking] = useState(false);
  const withdraw = api.dispute.withdraw.useMutation({
    onSuccess: async () => {
      await Promise.all([
        utils.dispute.byId.invalidate({ id }),
        utils.dispute.forContract.invalidate(),
      ]);
      setAsking(false);
    },
  });
  return (
    <div>
      <Button type="button" variant="secondary" onClick={() => setAsking(true)}>
        Withdraw the dispute
      </Button>
      {asking ? (
        <ConfirmDialog
          title="Withdraw the dispute?"
          confirmLabel="Withdraw it"
          pendingLabel="Withdrawing…"
          pending={withdraw.isPending}
          error={withdraw.error?.message}
          onConfirm={() => withdraw.mutate({ id })}
          onCancel={() => {
            withdraw.reset();
            setAsking(false);
          }}
        >
          The money is no longer frozen and the contract goes on as before. You cannot reopen this
          dispute, though you can open a new one.
        </ConfirmDialog>
      ) : null}
    </div>
  );
}
