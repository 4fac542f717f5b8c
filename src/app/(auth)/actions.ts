"use server";

import { redirect } from "next/navigation";

import {
  actionContext,
  actionFailure,
  enforceLimits,
  type ActionResult,
} from "~/server/auth/action-context";
import { signIn, signOut } from "~/server/auth/nextauth";
import { beginSignIn } from "~/server/domain/identity/begin-sign-in";
import { completeSecondFactor } from "~/server/domain/identity/complete-second-factor";
import { publicSessionId, revokeMySession } from "~/server/domain/identity/sessions";
import { issueSignInTicket } from "~/server/domain/identity/sign-in-ticket";
import { signUp } from "~/server/domain/identity/sign-up";
import { SecondFactorInput, SignInInput, SignUpInput } from "~/shared/schemas/identity";
import { safeRedirectPath } from "~/shared/safe-redirect";

/**
 * The steps that set or clear the session cookie. Each validates with the same schema as
 * its form, runs the domain action, and hands NextAuth a one-time ticket to mint the cookie.
 */

async function startSession(ticket: string) {
  await signIn("credentials", { ticket, redirect: false });
}

export async function signUpAction(raw: unknown): Promise<ActionResult<{ redirectTo: string }>> {
  const ctx = await actionContext();
  try {
    const input = SignUpInput.parse(raw);
    await enforceLimits([
      ["authIp", `ip:${ctx.request?.ip ?? "unknown"}`],
      ["signInAccount", `email:${input.email}`],
    ]);
    const user = await signUp({ ctx, input });
    await startSession(await issueSignInTicket(ctx, user, "sign_up"));
    return { ok: true, data: { redirectTo: "/account?welcome=1" } };
  } catch (error) {
    return actionFailure(error, ctx);
  }
}

export type SignInResult =
  { step: "done"; redirectTo: string } | { step: "second_factor"; challenge: string };

export async function signInAction(
  raw: unknown,
  next?: string,
): Promise<ActionResult<SignInResult>> {
  const ctx = await actionContext();
  try {
    const input = SignInInput.parse(raw);
    await enforceLimits([
      ["authIp", `ip:${ctx.request?.ip ?? "unknown"}`],
      ["signInAccount", `email:${input.email}`],
    ]);
    const result = await beginSignIn({ ctx, input });
    if (result.kind === "second_factor")
      return { ok: true, data: { step: "second_factor", challenge: result.challenge } };
    await startSession(result.ticket);
    return { ok: true, data: { step: "done", redirectTo: safeRedirectPath(next) } };
  } catch (error) {
    return actionFailure(error, ctx);
  }
}

export async function secondFactorAction(
  raw: unknown,
  next?: string,
): Promise<ActionResult<SignInResult>> {
  const ctx = await actionContext();
  try {
    const input = SecondFactorInput.parse(raw);
    await enforceLimits([["authIp", `ip:${ctx.request?.ip ?? "unknown"}`]]);
    const ticket = await completeSecondFactor({ ctx, input });
    await startSession(ticket);
    return { ok: true, data: { step: "done", redirectTo: safeRedirectPath(next) } };
  } catch (error) {
    return actionFailure(error, ctx);
  }
}

/** Ends this device's session (the row, so the cookie is dead even if kept) and clears the cookie. */
export async function signOutAction(): Promise<void> {
  const ctx = await actionContext();
  if (ctx.session) {
    await revokeMySession({
      ctx: { ...ctx, session: ctx.session },
      input: { sessionId: publicSessionId(ctx.session.sessionId) },
    }).catch(() => undefined);
  }
  await signOut({ redirect: false });
  redirect("/signin?signedOut=1");
}
