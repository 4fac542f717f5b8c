/**
 * Said on every page while payments go through the sandbox, so nobody mistakes a test card's
 * "payment" for money moving. Rendered on the server in the page's flow: nothing shifts.
 */
export function SandboxBanner() {
  return (
    <div
      role="note"
      aria-label="Test mode"
      className="border-b border-amber-300 bg-amber-50 px-4 py-1.5 text-center text-sm text-amber-950 dark:border-amber-800 dark:bg-amber-950 dark:text-amber-100"
    >
      <strong className="font-semibold">Test mode:</strong> payments use Guild&apos;s sandbox. No
      real money moves.
    </div>
  );
}
