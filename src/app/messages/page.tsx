import { requireViewer } from "~/trpc/server";

/** /messages: the inbox (in the layout) and, on a wide screen, a prompt to open a conversation. */
export default async function MessagesPage() {
  await requireViewer("/messages");
  return (
    <div className="flex flex-1 items-center justify-center rounded-xl border border-dashed border-slate-300 p-6 text-center text-slate-600 dark:border-slate-700 dark:text-slate-400">
      <p>Choose a conversation to read it and reply.</p>
    </div>
  );
}
