import "server-only";

import { BlockList, isIP } from "node:net";

/**
 * Which addresses a webhook may reach. Only public unicast addresses: anything that would let
 * an outsider make Guild's servers talk to themselves, their network or a cloud's metadata
 * service (SSRF) is refused. Loopback is allowed only with the explicit development setting.
 */
const ranges: [string, number, "ipv4" | "ipv6", string][] = [
  ["0.0.0.0", 8, "ipv4", "an unspecified address"],
  ["10.0.0.0", 8, "ipv4", "a private address"],
  ["100.64.0.0", 10, "ipv4", "a private address"],
  ["169.254.0.0", 16, "ipv4", "a link-local address"],
  ["172.16.0.0", 12, "ipv4", "a private address"],
  ["192.0.0.0", 24, "ipv4", "a reserved address"],
  ["192.0.2.0", 24, "ipv4", "a reserved address"],
  ["192.168.0.0", 16, "ipv4", "a private address"],
  ["198.18.0.0", 15, "ipv4", "a reserved address"],
  ["198.51.100.0", 24, "ipv4", "a reserved address"],
  ["203.0.113.0", 24, "ipv4", "a reserved address"],
  ["224.0.0.0", 4, "ipv4", "a multicast address"],
  ["240.0.0.0", 4, "ipv4", "a reserved address"],
  ["::", 128, "ipv6", "an unspecified address"],
  // IPv4-mapped and IPv4-compatible IPv6 addresses, and NAT64 and 6to4 prefixes, carry an IPv4
  // address inside: no public webhook needs them, and each could smuggle in a private one.
  ["::", 96, "ipv6", "an IPv4 address written as IPv6"],
  ["::ffff:0:0", 96, "ipv6", "an IPv4 address written as IPv6"],
  ["64:ff9b::", 96, "ipv6", "an IPv4 address written as IPv6"],
  ["2002::", 16, "ipv6", "an IPv4 address written as IPv6"],
  ["100::", 64, "ipv6", "a reserved address"],
  ["2001:db8::", 32, "ipv6", "a reserved address"],
  ["fc00::", 7, "ipv6", "a private address"],
  ["fe80::", 10, "ipv6", "a link-local address"],
  ["ff00::", 8, "ipv6", "a multicast address"],
];

const loopback = new BlockList();
loopback.addSubnet("127.0.0.0", 8, "ipv4");
loopback.addAddress("::1", "ipv6");

const lists = ranges.map(([network, prefix, type, reason]) => {
  const list = new BlockList();
  list.addSubnet(network, prefix, type);
  return { list, type, reason };
});

/**
 * Why `address` (an IP literal) may not be reached, or null when it may. `allowLoopback` is the
 * development setting (`WEBHOOKS_ALLOW_LOOPBACK`): it lets loopback through and nothing else.
 */
export function refusedAddress(address: string, { allowLoopback }: { allowLoopback: boolean }) {
  const bare = address.replace(/^\[(.*)\]$/, "$1");
  const version = isIP(bare);
  if (version === 0) return "not an IP address";
  const type = version === 4 ? "ipv4" : "ipv6";
  if (loopback.check(bare, type)) return allowLoopback ? null : "a loopback address";
  for (const { list, type: rangeType, reason } of lists) {
    if (rangeType === type && list.check(bare, type)) return reason;
  }
  return null;
}
