import Link from "next/link";

export default function NotFound() {
  return (
    <div className="mx-auto flex max-w-lg flex-col items-center gap-3 py-16 text-center">
      <p className="text-brand-700 dark:text-brand-300 text-sm font-semibold">404</p>
      <h1 className="text-2xl font-bold tracking-tight">Page not found</h1>
      <p className="text-slate-600 dark:text-slate-400">
        The page you asked for doesn&apos;t exist or has moved.
      </p>
      <Link
        href="/"
        className="bg-brand-600 hover:bg-brand-700 mt-2 rounded-lg px-4 py-2 text-sm font-semibold text-white"
      >
        Go to the home page
      </Link>
    </div>
  );
}
