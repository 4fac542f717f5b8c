/**
 * The mark hidden content carries for the only people who still see it, its author and
 * admins: "Hidden by an admin: <reason>".
 */
export function HiddenNote({ note }: { note: string | null }) {
  if (!note) return null;
  return (
    <p
      role="note"
      className="rounded-lg border border-amber-300 bg-amber-50 px-3 py-2 text-sm font-medium text-amber-900 dark:border-amber-800 dark:bg-amber-950 dark:text-amber-100"
    >
      {/[.!?]$/.test(note) ? note : `${note}.`} Nobody else sees it.
    </p>
  );
}
