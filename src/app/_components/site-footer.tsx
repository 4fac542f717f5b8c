export function SiteFooter() {
  return (
    <footer className="border-t border-slate-200 dark:border-slate-800">
      <div className="mx-auto flex max-w-5xl flex-col gap-2 px-4 py-6 text-sm text-slate-600 sm:flex-row sm:justify-between sm:px-6 dark:text-slate-400">
        <p>Guild, the open-source freelance marketplace.</p>
        <p>Fair terms for clients and freelancers alike.</p>
      </div>
    </footer>
  );
}
