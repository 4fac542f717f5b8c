/** Shared by the proxy (Edge-free Node runtime) and route handlers: no server-only imports. */

export const REQUEST_ID_HEADER = "x-request-id";

/** A caller's id is kept only when it is a short, plain token: safe to log and echo. */
const SANE_REQUEST_ID = /^[A-Za-z0-9][A-Za-z0-9._:-]{0,127}$/;

export function acceptOrCreateRequestId(incoming: string | null | undefined): string {
  if (incoming && SANE_REQUEST_ID.test(incoming)) return incoming;
  return crypto.randomUUID();
}
