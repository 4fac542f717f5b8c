import "server-only";

import http from "node:http";
import https from "node:https";

import { clientSpan, recordFailure } from "~/server/observability/tracing";
import { guardedLookup, publicAddresses, type Resolve } from "./guarded-lookup";

/** How much of a receiver's answer is read: the status matters, the body barely. */
const MAX_RESPONSE_BYTES = 4096;

export interface WebhookRequest {
  url: string;
  headers: Record<string, string>;
  body: string;
  allowLoopback: boolean;
  timeoutMs: number;
  resolve?: Resolve;
}

/** The receiver's status code, or why no answer came (refused address, timeout, reset…). */
export type WebhookResult = { status: number } | { status: null; error: string };

/**
 * POSTs one delivery. The address is checked before connecting (IP literals, which skip the
 * lookup) and again by the socket's own lookup, so what is checked is what is connected to.
 * Redirects are not followed (a 3xx is a failed delivery), the whole exchange has a deadline,
 * and at most a few kilobytes of the answer are read.
 */
export function sendWebhook(request: WebhookRequest): Promise<WebhookResult> {
  // The host only: a receiver's path or query may hold a token of theirs.
  const host = URL.canParse(request.url) ? new URL(request.url).hostname : "invalid";
  return clientSpan(
    "webhook POST",
    { "http.request.method": "POST", "server.address": host },
    async (span) => {
      const result = await post(request);
      if (result.status !== null) span.setAttribute("http.response.status_code", result.status);
      if (result.status === null) recordFailure(span, result.error);
      else if (result.status >= 300) recordFailure(span, `HTTP ${result.status}`);
      return result;
    },
  );
}

async function post(request: WebhookRequest): Promise<WebhookResult> {
  const url = new URL(request.url);
  const plainAllowed = request.allowLoopback && url.protocol === "http:";
  if (url.protocol !== "https:" && !plainAllowed)
    return { status: null, error: "Only https URLs receive webhooks." };
  const options = { allowLoopback: request.allowLoopback, resolve: request.resolve };
  try {
    await publicAddresses(url.hostname, options);
  } catch (error) {
    return { status: null, error: (error as Error).message };
  }
  const client = url.protocol === "https:" ? https : http;
  return new Promise<WebhookResult>((resolve) => {
    let settled = false;
    const finish = (result: WebhookResult) => {
      if (settled) return;
      settled = true;
      clearTimeout(deadline);
      resolve(result);
    };
    const req = client.request(
      url,
      {
        method: "POST",
        headers: { ...request.headers, "Content-Length": Buffer.byteLength(request.body) },
        // A fresh connection each time: no pooled socket skips the lookup's check.
        agent: false,
        lookup: guardedLookup(options),
      },
      (res) => {
        let read = 0;
        res.on("data", (chunk: Buffer) => {
          read += chunk.length;
          if (read > MAX_RESPONSE_BYTES) res.destroy();
        });
        const done = () => finish({ status: res.statusCode ?? 0 });
        res.on("end", done);
        res.on("close", done);
        res.on("error", done);
      },
    );
    const deadline = setTimeout(() => {
      req.destroy();
      finish({ status: null, error: `No answer within ${request.timeoutMs / 1000} s.` });
    }, request.timeoutMs);
    req.on("error", (error) => finish({ status: null, error: error.message.slice(0, 500) }));
    req.end(request.body);
  });
}
