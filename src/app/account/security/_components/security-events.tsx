"use client";

import { api } from "~/trpc/react";
import { formatDateTime } from "~/shared/format/labels";
import { describeDevice } from "./describe-device";

const labels: Record<string, string> = {
  "user.signed_up": "Account created",
  "sign_in.succeeded": "Signed in",
  "sign_in.failed": "Failed sign-in attempt",
  "sign_in.locked": "Sign-in locked after repeated failures",
  "sign_in.second_factor_failed": "Wrong two-factor code entered",
  sign_out: "Signed out",
  "session.revoked": "A device was signed out",
  "session.revoked_others": "Signed out of all other devices",
  "password.changed": "Password changed",
  "password.reset_requested": "Password reset requested",
  "password.reset": "Password reset",
  "email.verified": "Email confirmed",
  "email.change_requested": "Change of email requested",
  "email.change_resent": "Change of email: link sent again",
  "email.change_cancelled": "Change of email cancelled",
  "email.changed": "Email address changed",
  "two_factor.enabled": "Two-factor authentication turned on",
  "two_factor.disabled": "Two-factor authentication turned off",
  "two_factor.recovery_code_used": "Recovery code used to sign in",
  "two_factor.recovery_codes_regenerated": "New recovery codes made (the old ones stopped working)",
  "user.role_changed": "Account type changed by an administrator",
  "user.status_changed": "Account status changed by an administrator",
  "user.password_reset_required": "An administrator asked for a new password",
  "user.email_verified_by_admin": "Email confirmed by an administrator",
  "user.sessions_revoked_by_admin": "Signed out by an administrator",
  "api_token.created": "API token created",
  "api_token.revoked": "API token revoked",
  "api_token.revoked_by_admin": "API token revoked by an administrator",
  "webhook.created": "Webhook endpoint added",
  "webhook.updated": "Webhook endpoint changed",
  "webhook.secret_rotated": "Webhook signing secret rotated",
  "webhook.deleted": "Webhook endpoint deleted",
};

export function SecurityEvents() {
  const [events] = api.account.securityEvents.useSuspenseQuery();
  if (events.length === 0)
    return <p className="text-sm text-slate-600 dark:text-slate-400">Nothing yet.</p>;
  return (
    <ol className="divide-y divide-slate-200 dark:divide-slate-800" aria-label="Security events">
      {events.map((event) => (
        <li
          key={event.id}
          className="flex flex-col gap-0.5 py-2.5 sm:flex-row sm:justify-between sm:gap-4"
        >
          <span className="font-medium">{labels[event.action] ?? event.action}</span>
          <span className="text-sm text-slate-600 dark:text-slate-400">
            <time dateTime={event.createdAt.toISOString()}>{formatDateTime(event.createdAt)}</time>
            {event.ip ? ` · ${event.ip}` : ""}
            {event.userAgent ? ` · ${describeDevice(event.userAgent)}` : ""}
          </span>
        </li>
      ))}
    </ol>
  );
}
