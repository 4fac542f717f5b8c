import "server-only";

import { lookup as dnsLookup } from "node:dns/promises";
import type { LookupFunction } from "node:net";
import { isIP } from "node:net";

import { refusedAddress } from "./address-policy";

export interface ResolvedAddress {
  address: string;
  family: number;
}

/** Every address a name resolves to (the system resolver, as connecting would use). */
export type Resolve = (hostname: string) => Promise<ResolvedAddress[]>;

export const systemResolve: Resolve = (hostname) =>
  dnsLookup(hostname, { all: true, verbatim: true });

export class RefusedAddressError extends Error {
  constructor(
    readonly hostname: string,
    readonly reason: string,
  ) {
    super(`${hostname} resolves to ${reason}`);
    this.name = "RefusedAddressError";
  }
}

/**
 * The addresses `hostname` may be reached at: all it resolves to, or a refusal when any of them
 * is not public (a name answering one public and one private address is refused, not filtered,
 * so an attacker cannot win by racing answers).
 */
export async function publicAddresses(
  hostname: string,
  { allowLoopback, resolve = systemResolve }: { allowLoopback: boolean; resolve?: Resolve },
): Promise<ResolvedAddress[]> {
  const bare = hostname.replace(/^\[(.*)\]$/, "$1");
  const addresses = isIP(bare)
    ? [{ address: bare, family: isIP(bare) }]
    : await resolve(bare).catch(() => {
        throw new RefusedAddressError(hostname, "no address (the name does not resolve)");
      });
  if (addresses.length === 0) throw new RefusedAddressError(hostname, "no address");
  for (const { address } of addresses) {
    const reason = refusedAddress(address, { allowLoopback });
    if (reason) throw new RefusedAddressError(hostname, reason);
  }
  return addresses;
}

/**
 * A `lookup` for `http.request` that checks the answer at connect time: what the name resolves
 * to when the socket opens is what is checked, so a name that changed its answer since the URL
 * was saved (DNS rebinding) is refused there too.
 */
export function guardedLookup(options: { allowLoopback: boolean; resolve?: Resolve }) {
  const lookup: LookupFunction = (hostname, lookupOptions, callback) => {
    publicAddresses(hostname, options).then(
      (addresses) => {
        const wanted = lookupOptions.family === 4 || lookupOptions.family === 6;
        const usable = wanted
          ? addresses.filter((entry) => entry.family === lookupOptions.family)
          : addresses;
        if (usable.length === 0) {
          callback(new RefusedAddressError(hostname, "no address of the family asked"), "", 0);
        } else if (lookupOptions.all) {
          (callback as unknown as (error: null, all: ResolvedAddress[]) => void)(null, usable);
        } else {
          callback(null, usable[0]!.address, usable[0]!.family);
        }
      },
      (error: Error) => callback(error as NodeJS.ErrnoException, "", 0),
    );
  };
  return lookup;
}
