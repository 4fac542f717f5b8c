/**
 * The moment domain actions act at in tests (their context's `now`): the wall clock unless a
 * test pins it. Each test file runs in its own module scope, so a pin never leaks elsewhere.
 */
export const testClock = {
  pinned: null as Date | null,
  now(): Date {
    return this.pinned ?? new Date();
  },
};

/** Runs `work` with the clock pinned to `when`, then puts it back as it was. */
export async function at<T>(when: Date, work: () => Promise<T>): Promise<T> {
  const before = testClock.pinned;
  testClock.pinned = when;
  try {
    return await work();
  } finally {
    testClock.pinned = before;
  }
}
