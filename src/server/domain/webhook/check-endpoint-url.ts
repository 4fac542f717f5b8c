import "server-only";

import { isIP } from "node:net";

import { InvalidError } from "~/server/domain/errors";
import type { DomainContext } from "~/server/domain/context";
import { publicAddresses, RefusedAddressError } from "~/server/webhooks/guarded-lookup";
import { webhooksOf } from "./settings";

/**
 * Checks a URL before it is saved: https (plain http only with the development setting), and a
 * name that resolves to public addresses only. Delivery checks again when it connects, since
 * the name's answer can change after this.
 */
export async function checkEndpointUrl(ctx: DomainContext, value: string): Promise<string> {
  const settings = webhooksOf(ctx);
  const url = new URL(value);
  const refuse = (message: string) => new InvalidError(message, { url: [message] });
  if (url.protocol !== "https:" && !(settings.allowLoopback && url.protocol === "http:"))
    throw refuse("Use an https URL.");
  if (url.username || url.password)
    throw refuse("Leave credentials out of the URL: check the signature instead.");
  try {
    await publicAddresses(url.hostname, settings);
  } catch (error) {
    if (!(error instanceof RefusedAddressError)) throw error;
    const literal = isIP(url.hostname.replace(/^\[(.*)\]$/, "$1")) !== 0;
    throw refuse(
      `Guild sends webhooks only to public addresses: ${url.hostname} ${literal ? "is" : "resolves to"} ${error.reason}.`,
    );
  }
  return url.toString();
}
