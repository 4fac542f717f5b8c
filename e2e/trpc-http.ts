import type { APIRequestContext, Browser } from "@playwright/test";

import { signIn } from "./sign-in";

/**
 * tRPC over plain HTTP, as any client (or attacker) would call it: superjson's envelope is
 * `{"json": …}` on the way in and `result.data.json` on the way out.
 */
export async function trpcQuery<T = unknown>(
  request: APIRequestContext,
  path: string,
  input?: unknown,
) {
  const query =
    input === undefined ? "" : `?input=${encodeURIComponent(JSON.stringify({ json: input }))}`;
  const response = await request.get(`/api/trpc/${path}${query}`);
  return { response, data: await dataOf<T>(response) };
}

export async function trpcMutation<T = unknown>(
  request: APIRequestContext,
  path: string,
  input?: unknown,
) {
  const response = await request.post(`/api/trpc/${path}`, { data: { json: input } });
  return { response, data: await dataOf<T>(response) };
}

async function dataOf<T>(response: { ok: () => boolean; json: () => Promise<unknown> }) {
  if (!response.ok()) return null;
  const body = (await response.json()) as { result?: { data?: { json?: T } } };
  return body.result?.data?.json ?? null;
}

/**
 * An API client carrying the cookie of a person signed in through the real form, as a
 * browser would hold it. Close it when done.
 */
export async function signedInRequest(browser: Browser, baseURL: string, email: string) {
  const context = await browser.newContext({ baseURL });
  const page = await context.newPage();
  await signIn(page, email);
  await page.waitForURL((url) => !url.pathname.startsWith("/signin"));
  await page.close();
  return { request: context.request, close: () => context.close() };
}
