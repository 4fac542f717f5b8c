import Link from "next/link";

import { Rating } from "~/app/_components/rating";
import { SaveFreelancerButton } from "~/app/_components/save-buttons";
import { SkillList } from "~/app/_components/skill-list";
import { formatMoney } from "~/shared/format/money";
import type { Availability } from "~/shared/schemas/profile";
import { AvailabilityBadge } from "./availability-badge";
import { Avatar } from "~/app/_components/avatar";

export interface FreelancerSummary {
  id: string;
  name: string;
  headline: string;
  hourlyRateMinor: number;
  currency: string;
  availability: Availability;
  location: string;
  completedContracts: number;
  rating: number | null;
  reviewCount: number;
  skills: { slug: string; name: string }[];
}

/** One freelancer in a list: who, what they do, rate, reputation and skills. */
export function FreelancerCard({
  freelancer,
  saveable = false,
}: {
  freelancer: FreelancerSummary;
  /** Shows the Save button: for a client, on a page that prefetched `saved.freelancerIds`. */
  saveable?: boolean;
}) {
  return (
    <article className="flex flex-col gap-3 rounded-xl border border-slate-200 bg-white p-5 shadow-sm dark:border-slate-800 dark:bg-slate-900">
      <div className="flex flex-col gap-1 sm:flex-row sm:items-start sm:justify-between sm:gap-4">
        <div className="flex min-w-0 items-start gap-3">
          <Avatar userId={freelancer.id} size={48} />
          <div className="min-w-0">
            <h2 className="text-lg font-semibold">
              <Link
                href={`/freelancers/${freelancer.id}`}
                className="text-brand-700 dark:text-brand-300 hover:underline"
              >
                {freelancer.name}
              </Link>
            </h2>
            <p className="text-slate-700 dark:text-slate-300">{freelancer.headline}</p>
          </div>
        </div>
        <div className="flex shrink-0 items-center gap-3">
          <p className="font-semibold text-slate-900 sm:text-right dark:text-white">
            {formatMoney(freelancer.hourlyRateMinor, freelancer.currency)}
            <span className="font-normal text-slate-600 dark:text-slate-400"> / hour</span>
          </p>
          {saveable ? (
            <SaveFreelancerButton freelancerId={freelancer.id} name={freelancer.name} />
          ) : null}
        </div>
      </div>
      <div className="flex flex-wrap items-center gap-x-4 gap-y-1 text-sm text-slate-600 dark:text-slate-400">
        <Rating value={freelancer.rating} count={freelancer.reviewCount} />
        <span>
          {freelancer.completedContracts} completed contract
          {freelancer.completedContracts === 1 ? "" : "s"}
        </span>
        {freelancer.location ? <span>{freelancer.location}</span> : null}
        <AvailabilityBadge availability={freelancer.availability} />
      </div>
      <SkillList skills={freelancer.skills} label={`Skills of ${freelancer.name}`} />
    </article>
  );
}
