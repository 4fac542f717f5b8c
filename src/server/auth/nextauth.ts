import "server-only";

import { DrizzleAdapter } from "@auth/drizzle-adapter";
import { and, eq, type SQL } from "drizzle-orm";
import NextAuth, { type NextAuthConfig } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import GitHub from "next-auth/providers/github";
import { headers } from "next/headers";

import { env } from "~/env";
import { getDb, getPrimaryDb, type Database } from "~/server/db/client";
import { accounts } from "~/server/db/schema/auth";
import { users } from "~/server/db/schema/users";
import { recordAuditEvent } from "~/server/domain/audit/record-audit-event";
import { redeemSignInTicket } from "~/server/domain/identity/sign-in-ticket";
import { logger } from "~/server/observability/logger";
import { decideGitHubLink, verifiedPrimaryEmail, type GuildAccount } from "./github-link";
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

async function guildAccount(db: Database, where: SQL): Promise<GuildAccount | null> {
  const [row] = await db.select().from(users).where(where).limit(1);
  return row
    ? {
        email: row.email,
        emailVerified: row.emailVerified !== null,
        twoFactorEnabled: row.twoFactorEnabledAt !== null,
        status: row.status,
      }
    : null;
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
              // Links by email: safe only because the email is GitHub's verified primary
              // address (below) and signIn requires the Guild side verified too.
              allowDangerousEmailAccountLinking: true,
              async profile(profile, tokens) {
                return {
                  id: String(profile.id),
                  name: profile.name ?? profile.login,
                  email: verifiedPrimaryEmail(await gitHubEmails(tokens.access_token)),
                  image: profile.avatar_url,
                };
              },
            }),
          ]
        : []),
    ],
    callbacks: {
      async signIn({ user, account }) {
        if (account?.provider !== "github") return true;
        const [linked] = await db
          .select({ userId: accounts.userId })
          .from(accounts)
          .where(
            and(
              eq(accounts.provider, "github"),
              eq(accounts.providerAccountId, account.providerAccountId),
            ),
          )
          .limit(1);
        // `user.email` is what our GitHub profile() returned: the verified primary address or null.
        const verifiedGitHubEmail = typeof user.email === "string" ? user.email : null;
        const decision = decideGitHubLink({
          linkedAccount: linked ? await guildAccount(db, eq(users.id, linked.userId)) : null,
          verifiedGitHubEmail,
          accountByEmail: verifiedGitHubEmail
            ? await guildAccount(db, eq(users.email, verifiedGitHubEmail))
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
          // Checked again on the row this session is for, whatever the callback above saw.
          const row = await guildAccount(db, eq(users.id, user.id!));
          if (!row || row.status !== "active" || row.twoFactorEnabled) return null;
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
        const session =
          typeof token.sid === "string" ? await loadSession(await getPrimaryDb(), token.sid) : null;
        return session ? token : null;
      },
      // `/api/auth/session` is readable by any script on the page: it must never carry the
      // session id, which is half of what a cookie is made of.
      session({ session, token }) {
        return {
          expires: session.expires,
          user: { id: token.sub ?? "", name: session.user.name, email: session.user.email },
        } as typeof session;
      },
    },
  };
}

export const { handlers, signIn, signOut } = NextAuth(async () => buildConfig(await getDb()));
