import "server-only";

import { DrizzleAdapter } from "@auth/drizzle-adapter";
import { eq } from "drizzle-orm";
import NextAuth, { type NextAuthConfig } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import GitHub from "next-auth/providers/github";
import { headers } from "next/headers";

import { env } from "~/env";
import { getDb, type Database } from "~/server/db/client";
import { accounts } from "~/server/db/schema/auth";
import { users } from "~/server/db/schema/users";
import { recordAuditEvent } from "~/server/domain/audit/record-audit-event";
import { redeemSignInTicket } from "~/server/domain/identity/sign-in-ticket";
import { logger } from "~/server/observability/logger";
import { decideGitHubLink } from "./github-link";
import { requestMetaFrom } from "./request-meta";
import { authSecret } from "./secret";
import { createSessionRow, loadSession, SESSION_ABSOLUTE_MS } from "./session";
import { secureCookies, SESSION_COOKIE } from "./session-cookie";

async function gitHubEmails(accessToken: string | undefined) {
  if (!accessToken) return [];
  const response = await fetch("https://api.github.com/user/emails", {
    headers: { Authorization: `Bearer ${accessToken}`, Accept: "application/vnd.github+json" },
  });
  if (!response.ok) return [];
  return (await response.json()) as { email: string; primary: boolean; verified: boolean }[];
}

function buildConfig(db: Database): NextAuthConfig {
  const github = env.AUTH_GITHUB_ID && env.AUTH_GITHUB_SECRET;
  return {
    secret: authSecret(),
    trustHost: true,
    useSecureCookies: secureCookies,
    // The adapter only links OAuth accounts; sessions are JWTs bound to rows in user_sessions.
    adapter: DrizzleAdapter(db, { usersTable: users, accountsTable: accounts }),
    session: { strategy: "jwt", maxAge: SESSION_ABSOLUTE_MS / 1000 },
    cookies: {
      sessionToken: {
        name: SESSION_COOKIE,
        options: { httpOnly: true, sameSite: "lax", path: "/", secure: secureCookies },
      },
    },
    pages: { signIn: "/signin", error: "/signin" },
    providers: [
      Credentials({
        id: "credentials",
        // Not a password: a one-time ticket our domain issued after every sign-in check passed.
        credentials: { ticket: {} },
        authorize: async (credentials) => {
          const ticket = typeof credentials?.ticket === "string" ? credentials.ticket : "";
          const redeemed = ticket ? await redeemSignInTicket({ db, session: null }, ticket) : null;
          return redeemed
            ? {
                id: redeemed.id,
                name: redeemed.name,
                email: redeemed.email,
                sessionId: redeemed.sessionId,
              }
            : null;
        },
      }),
      ...(github
        ? [
            GitHub({
              clientId: env.AUTH_GITHUB_ID,
              clientSecret: env.AUTH_GITHUB_SECRET,
              allowDangerousEmailAccountLinking: true,
            }),
          ]
        : []),
    ],
    callbacks: {
      async signIn({ account, profile }) {
        if (account?.provider !== "github") return true;
        const emails = await gitHubEmails(account.access_token);
        const primary =
          emails.find((e) => e.primary)?.email.toLowerCase() ?? String(profile?.email ?? "");
        const [user] = await db.select().from(users).where(eq(users.email, primary)).limit(1);
        const decision = decideGitHubLink({
          gitHubEmails: emails,
          account: user
            ? {
                email: user.email,
                emailVerified: user.emailVerified !== null,
                twoFactorEnabled: user.twoFactorEnabledAt !== null,
                status: user.status,
              }
            : null,
        });
        if (!decision.allow) logger.info({ reason: decision.reason }, "github sign-in refused");
        return decision.allow ? true : `/signin?error=github_${decision.reason}`;
      },
      async jwt({ token, user, account }) {
        if (user && account?.provider === "credentials") {
          return { sub: user.id, sid: (user as { sessionId: string }).sessionId };
        }
        if (user && account?.provider === "github") {
          const request = requestMetaFrom(await headers(), env.TRUSTED_PROXY_HOPS);
          const sid = await createSessionRow(db, {
            userId: user.id!,
            ip: request.ip,
            userAgent: request.userAgent,
          });
          await recordAuditEvent(
            { db, request },
            {
              action: "sign_in.succeeded",
              actorId: user.id!,
              targetUserId: user.id!,
              detail: { method: "github" },
            },
          );
          return { sub: user.id, sid };
        }
        // Every later read: the row decides. A revoked session yields no session at all.
        const session = typeof token.sid === "string" ? await loadSession(db, token.sid) : null;
        return session ? token : null;
      },
      session({ session, token }) {
        return { ...session, sessionId: token.sid, user: { ...session.user, id: token.sub } };
      },
    },
  };
}

export const { handlers, signIn, signOut } = NextAuth(async () => buildConfig(await getDb()));
