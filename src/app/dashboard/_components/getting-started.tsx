import Link from "next/link";

import type { UserRole } from "~/shared/statuses";
import { api } from "~/trpc/server";

type Step = Awaited<ReturnType<typeof api.dashboard.checklist>>["steps"][number]["step"];

/** What each step asks, where it is done, and why it matters to this role. */
function stepCopy(step: Step, role: UserRole) {
  const client = role === "client";
  switch (step) {
    case "verifyEmail":
      return {
        label: "Confirm your email address",
        href: "/account",
        why: `Needed before you ${client ? "publish a project" : "send proposals"}. We sent you a link; your account page sends another.`,
      };
    case "completeProfile":
      return client
        ? {
            label: "Complete your client profile",
            href: "/account/public-profile",
            why: "Freelancers decide whether to propose by who they would work with.",
          }
        : {
            label: "Complete your freelancer profile",
            href: "/account/public-profile",
            why: "Clients find and invite you through it, and we recommend projects from its skills.",
          };
    case "postProject":
      return {
        label: "Post your first project",
        href: "/projects/new",
        why: "Describe the work and publish it; proposals arrive on your dashboard.",
      };
    case "sendProposal":
      return {
        label: "Send your first proposal",
        href: "/projects",
        why: "Find an open project that fits you and tell the client how you would do it.",
      };
  }
}

/**
 * A new account's first steps, at the top of the dashboard: each says whether it is done in
 * words (not colour alone) and links to where it is done. Gone once every step is.
 */
export async function GettingStarted({ role }: { role: UserRole }) {
  const { steps } = await api.dashboard.checklist();
  const done = steps.filter((s) => s.done).length;
  if (steps.length === 0 || done === steps.length) return null;
  return (
    <section
      aria-labelledby="getting-started-heading"
      className="border-brand-200 bg-brand-50/60 dark:border-brand-900 flex flex-col gap-3 rounded-xl border p-5 dark:bg-slate-900"
    >
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h2
          id="getting-started-heading"
          className="text-xl font-semibold text-slate-900 dark:text-white"
        >
          Get started
        </h2>
        <p className="text-sm text-slate-700 dark:text-slate-300">
          {done} of {steps.length} done
        </p>
      </div>
      <ol className="flex flex-col gap-2">
        {steps.map(({ step, done: isDone }) => {
          const copy = stepCopy(step, role);
          return (
            <li
              key={step}
              className="flex items-start gap-3 rounded-lg bg-white p-3 dark:bg-slate-950"
            >
              <span
                aria-hidden="true"
                className={`mt-0.5 flex h-6 w-6 shrink-0 items-center justify-center rounded-full border-2 text-sm font-bold ${
                  isDone
                    ? "border-emerald-600 bg-emerald-600 text-white dark:border-emerald-400 dark:bg-emerald-400 dark:text-slate-950"
                    : "border-slate-400 dark:border-slate-500"
                }`}
              >
                {isDone ? "✓" : ""}
              </span>
              <div className="flex min-w-0 flex-1 flex-col gap-0.5">
                <Link
                  href={copy.href}
                  className={`font-semibold hover:underline ${
                    isDone
                      ? "text-slate-600 line-through dark:text-slate-400"
                      : "text-brand-700 dark:text-brand-300"
                  }`}
                >
                  {copy.label}
                </Link>
                <p className="text-sm text-slate-600 dark:text-slate-400">{copy.why}</p>
              </div>
              <span
                className={`shrink-0 rounded-full px-2.5 py-0.5 text-xs font-semibold ${
                  isDone
                    ? "bg-emerald-100 text-emerald-900 dark:bg-emerald-950 dark:text-emerald-200"
                    : "bg-amber-100 text-amber-900 dark:bg-amber-950 dark:text-amber-200"
                }`}
              >
                {isDone ? "Done" : "To do"}
              </span>
            </li>
          );
        })}
      </ol>
    </section>
  );
}
