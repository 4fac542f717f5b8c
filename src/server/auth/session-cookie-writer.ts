import "server-only";

/**
 * Sets the session cookie for a one-time ticket the domain issued after every sign-in check
 * passed. NextAuth writes the cookie through the request's cookie store, so this works in any
 * route handler (tRPC's included) but not outside a request. NextAuth is loaded on first use:
 * the procedures that call this are also imported by tests and scripts that never sign in.
 */
export async function startSession(ticket: string) {
  const { signIn } = await import("./nextauth");
  await signIn("credentials", { ticket, redirect: false });
}

/** Clears the session cookie (the caller revokes the row, so a kept copy is dead too). */
export async function clearSessionCookie() {
  const { signOut } = await import("./nextauth");
  await signOut({ redirect: false });
}
