import Link from "next/link";

export default function ProjectNotFound() {
  return (
    <div className="mx-auto flex max-w-lg flex-col items-center gap-3 py-16 text-center">
      <p className="text-brand-700 dark:text-brand-300 text-sm font-semibold">404</p>
      <h1 className="text-2xl font-bold tracking-tight">We couldn&apos;t find that project</h1>
      <p className="text-slate-600 dark:text-slate-400">
        It may have been removed by its client, or the link may be mistyped.
      </p>
      <Link
        href="/projects"
        className="bg-brand-600 hover:bg-brand-700 mt-2 rounded-lg px-4 py-2 text-sm font-semibold text-white"
      >
        Browse open projects
      </Link>
    </div>
  );
}
