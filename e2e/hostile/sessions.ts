import { expect, type Browser } from "@playwright/test";

import { signIn } from "../sign-in";

export type Role = "client" | "freelancer";

export const DEMO_EMAILS: Record<Role, string> = {
  client: "client@guild.example",
  freelancer: "freelancer@guild.example",
};

const cookies = new Map<Role, Promise<string>>();

/**
 * A `Cookie` header for a demo account, signed in through the form once per worker and role.
 * Other specs sign in as the same accounts in parallel; every sign-in is its own session, and
 * nothing in this sweep signs out or revokes.
 */
export function sessionCookie(browser: Browser, role: Role): Promise<string> {
  let cookie = cookies.get(role);
  if (!cookie) {
    cookie = (async () => {
      const context = await browser.newContext();
      try {
        const page = await context.newPage();
        await signIn(page, DEMO_EMAILS[role]);
        await expect(page).toHaveURL(/\/dashboard/);
        const session = (await context.cookies()).find((c) => /guild\.session$/.test(c.name));
        if (!session) throw new Error(`signing in as ${role} set no session cookie`);
        return `${session.name}=${session.value}`;
      } finally {
        await context.close();
      }
    })();
    cookies.set(role, cookie);
  }
  return cookie;
}
