import { formatDate } from "~/shared/format/labels";
import { EmptyState } from "./empty-state";
import { HiddenNote } from "./hidden-note";
import { LazyReportButton } from "./report/lazy-report-button";
import { Rating, Score } from "./rating";

interface ReviewsData {
  count: number;
  averages: {
    overall: number | null;
    communication: number | null;
    quality: number | null;
    timeliness: number | null;
  };
  reviews: {
    id: string;
    reviewerId: string;
    reviewerName: string;
    overall: number;
    comment: string;
    reply: string | null;
    createdAt: Date;
    hiddenNote: string | null;
  }[];
}

/**
 * A person's public reviews: averages per aspect, then each review with its reply. A signed-in
 * viewer (`viewerId`, under a tRPC provider) may report a review they did not write; their own
 * hidden review shows to them marked.
 */
export function ReviewsSection({
  data,
  name,
  viewerId = null,
}: {
  data: ReviewsData;
  name: string;
  viewerId?: string | null;
}) {
  const aspects = [
    ["Communication", data.averages.communication],
    ["Quality", data.averages.quality],
    ["Timeliness", data.averages.timeliness],
  ] as const;
  return (
    <section aria-labelledby="reviews-heading" className="flex flex-col gap-4">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h2 id="reviews-heading" className="text-xl font-semibold text-slate-900 dark:text-white">
          Reviews
        </h2>
        <Rating value={data.averages.overall} count={data.count} size="md" />
      </div>
      {data.reviews.length === 0 ? (
        <EmptyState>{name} has no reviews yet.</EmptyState>
      ) : (
        <>
          <dl className="grid grid-cols-3 gap-3 text-center">
            {aspects.map(([label, value]) => (
              <div
                key={label}
                className="rounded-lg border border-slate-200 bg-white p-3 dark:border-slate-800 dark:bg-slate-900"
              >
                <dt className="text-xs text-slate-600 dark:text-slate-400">{label}</dt>
                <dd className="mt-1 flex justify-center">
                  {value === null ? "–" : <Score value={value} decimals={1} />}
                </dd>
              </div>
            ))}
          </dl>
          <ul className="flex flex-col gap-3">
            {data.reviews.map((review) => (
              <li
                key={review.id}
                className="rounded-xl border border-slate-200 bg-white p-4 dark:border-slate-800 dark:bg-slate-900"
              >
                <div className="flex flex-wrap items-baseline justify-between gap-2 text-sm">
                  <span className="font-semibold">{review.reviewerName}</span>
                  <span className="flex items-center gap-3 text-slate-600 dark:text-slate-400">
                    <Score value={review.overall} />
                    <time dateTime={review.createdAt.toISOString()}>
                      {formatDate(review.createdAt)}
                    </time>
                  </span>
                </div>
                {review.hiddenNote ? (
                  <div className="mt-2">
                    <HiddenNote note={review.hiddenNote} />
                  </div>
                ) : null}
                <p className="mt-2 text-sm whitespace-pre-line">{review.comment}</p>
                {review.reply ? (
                  <div className="mt-3 border-l-4 border-slate-200 pl-3 text-sm dark:border-slate-700">
                    <p className="font-medium">Reply from {name}</p>
                    <p className="whitespace-pre-line text-slate-700 dark:text-slate-300">
                      {review.reply}
                    </p>
                  </div>
                ) : null}
                {viewerId && viewerId !== review.reviewerId ? (
                  <div className="mt-2 flex justify-end">
                    <LazyReportButton
                      subjectType="review"
                      subjectId={review.id}
                      name={`the review by ${review.reviewerName}`}
                    />
                  </div>
                ) : null}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
