"use client";

import { useState } from "react";

import { FormAlert } from "~/app/_components/form/form-alert";
import { Score } from "~/app/_components/rating";
import { SelectField } from "~/app/_components/form/select-field";
import { Button } from "~/app/_components/form/submit-button";
import { TextAreaField } from "~/app/_components/form/text-area-field";
import { useFieldValues } from "~/app/_components/form/use-field-values";
import { useSchemaForm } from "~/app/_components/form/use-schema-form";
import { useRefresh } from "~/app/_components/use-refresh";
import { LeaveReviewInput, ReplyToReviewInput } from "~/shared/schemas/contract";
import type { RouterOutputs } from "~/trpc/react";
import { api } from "~/trpc/react";

type Review = RouterOutputs["contract"]["workspace"]["reviews"][number];
const starOptions = [5, 4, 3, 2, 1].map((n) => ({ value: String(n), label: `${n} / 5` }));
const aspects = [
  ["overall", "Overall"],
  ["communication", "Communication"],
  ["quality", "Quality"],
  ["timeliness", "Timeliness"],
] as const;

export function ReviewPanel({
  contractId,
  me,
  otherName,
  reviews,
}: {
  contractId: string;
  me: string;
  otherName: string;
  reviews: Review[];
}) {
  const mine = reviews.find((r) => r.reviewerId === me);
  const aboutMe = reviews.find((r) => r.revieweeId === me);
  return (
    <section aria-labelledby="reviews-heading" className="flex flex-col gap-4">
      <h2 id="reviews-heading" className="text-xl font-semibold">
        Reviews
      </h2>
      {mine ? (
        <ReviewCard title={`Your review of ${otherName}`} review={mine} />
      ) : (
        <ReviewForm contractId={contractId} otherName={otherName} />
      )}
      {aboutMe ? (
        <ReviewCard
          title={`${otherName}'s review of you`}
          review={aboutMe}
          canReply={!aboutMe.reply}
        />
      ) : null}
    </section>
  );
}

function ReviewCard({
  title,
  review,
  canReply = false,
}: {
  title: string;
  review: Review;
  canReply?: boolean;
}) {
  const { refreshing, refresh } = useRefresh();
  const [reply, setReply] = useState("");
  const send = api.contract.replyToReview.useMutation({ onSuccess: () => refresh() });
  const form = useSchemaForm(ReplyToReviewInput, send);
  return (
    <article
      aria-label={title}
      className="rounded-xl border border-slate-200 bg-white p-4 dark:border-slate-800 dark:bg-slate-900"
    >
      <h3 className="font-semibold">{title}</h3>
      <dl className="mt-2 grid grid-cols-2 gap-x-4 gap-y-2 text-sm sm:grid-cols-4">
        {aspects.map(([key, label]) => (
          <div key={key} className="flex flex-col gap-0.5">
            <dt className="text-slate-600 dark:text-slate-400">{label}</dt>
            <dd>
              <Score value={review[key]} />
            </dd>
          </div>
        ))}
      </dl>
      <p className="mt-2 text-sm whitespace-pre-line">{review.comment}</p>
      {review.reply ? (
        <p className="mt-2 border-l-2 border-slate-300 pl-3 text-sm">Reply: {review.reply}</p>
      ) : null}
      {canReply ? (
        <form
          className="mt-3 flex flex-col gap-2"
          noValidate
          onSubmit={form.onSubmit(() => ({ id: review.id, reply }))}
        >
          <TextAreaField
            name={`reply-${review.id}`}
            label="Your reply"
            rows={2}
            value={reply}
            onChange={(e) => setReply(e.target.value)}
            error={form.fieldErrors.reply}
          />
          {form.message ? <FormAlert tone="error">{form.message}</FormAlert> : null}
          <Button
            pending={form.pending || refreshing}
            pendingLabel="Sending…"
            className="self-start"
            variant="secondary"
          >
            Reply
          </Button>
        </form>
      ) : null}
    </article>
  );
}

function ReviewForm({ contractId, otherName }: { contractId: string; otherName: string }) {
  const { refreshing, refresh } = useRefresh();
  const { values, set } = useFieldValues({
    overall: "5",
    communication: "5",
    quality: "5",
    timeliness: "5",
    comment: "",
  });
  const leave = api.contract.leaveReview.useMutation({ onSuccess: () => refresh() });
  const form = useSchemaForm(LeaveReviewInput, leave);

  return (
    <form
      onSubmit={form.onSubmit(() => ({
        contractId,
        overall: Number(values.overall),
        communication: Number(values.communication),
        quality: Number(values.quality),
        timeliness: Number(values.timeliness),
        comment: values.comment,
      }))}
      noValidate
      aria-label={`Review ${otherName}`}
      className="flex flex-col gap-3 rounded-xl border border-dashed border-slate-300 p-4 dark:border-slate-700"
    >
      {form.message ? <FormAlert tone="error">{form.message}</FormAlert> : null}
      <div className="grid grid-cols-2 gap-3 sm:grid-cols-4">
        {aspects.map(([key, label]) => (
          <SelectField
            key={key}
            label={label}
            value={values[key]}
            onChange={set(key)}
            options={starOptions}
          />
        ))}
      </div>
      <TextAreaField
        name="comment"
        label={`How was working with ${otherName}?`}
        rows={3}
        value={values.comment}
        onChange={set("comment")}
        error={form.fieldErrors.comment}
      />
      <Button pending={form.pending || refreshing} pendingLabel="Sending…" className="self-start">
        Post review
      </Button>
    </form>
  );
}
