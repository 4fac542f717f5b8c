import "server-only";

import { redirect } from "next/navigation";

import { getSession } from "~/trpc/server";

/** For pages that need a signed-in user: sends anyone else to sign in, then back here. */
export async function requireSession(returnTo: string) {
  const session = await getSession();
  if (!session) redirect(`/signin?next=${encodeURIComponent(returnTo)}`);
  return session;
}
