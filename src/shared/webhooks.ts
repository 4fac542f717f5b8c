import {
  notificationKindInfo,
  notificationKinds,
  notificationKindsFor,
  type NotificationKind,
} from "./notifications";

/**
 * What a webhook endpoint can subscribe to: every notification kind (the event told to its
 * owner) but the one about webhooks themselves, and the payment events a payer is not notified
 * of in the app (their own payment went through).
 */
export const paymentEventKinds = ["payment.succeeded"] as const;
export const webhookEventKinds = [
  ...notificationKinds.filter((kind) => kind !== "webhook.disabled"),
  ...paymentEventKinds,
] as const;
export type WebhookEventKind = Exclude<NotificationKind, "webhook.disabled"> | "payment.succeeded";

/** Sent only by "Send test event": every endpoint receives it, whatever it subscribed to. */
export const WEBHOOK_TEST_EVENT = "webhook.test";

/** Failed-for-good deliveries in a row that turn an endpoint off (its owner is told). */
export const WEBHOOK_DISABLE_AFTER_FAILURES = 5;

/** Groups and sentences for the event checkboxes. */
export function webhookEventInfo(kind: WebhookEventKind): { group: string; label: string } {
  if (kind === "payment.succeeded")
    return { group: "Payments", label: "A payment of mine goes through (sent to the payer)" };
  return notificationKindInfo[kind];
}

/** The event kinds grouped as the form shows them, in their order. */
export function webhookEventGroups(kinds: readonly WebhookEventKind[]) {
  const groups = new Map<string, WebhookEventKind[]>();
  for (const kind of kinds) {
    const { group } = webhookEventInfo(kind);
    groups.set(group, [...(groups.get(group) ?? []), kind]);
  }
  return [...groups].map(([group, kinds]) => ({ group, kinds }));
}

/** The kinds a person of `role` can receive, as the form offers them (all to admins). */
export function webhookEventKindsFor(role: "client" | "freelancer" | "admin"): WebhookEventKind[] {
  const notified = new Set<string>(notificationKindsFor(role));
  return (webhookEventKinds as readonly WebhookEventKind[]).filter((kind) =>
    kind === "payment.succeeded" ? role !== "freelancer" : notified.has(kind),
  );
}
