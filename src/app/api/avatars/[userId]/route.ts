import { getDb } from "~/server/db/client";
import { avatarOf } from "~/server/domain/avatar/avatar-of";
import { AVATAR_WIDTHS } from "~/server/domain/avatar/resize-image";
import { initialsOf, initialsSvg } from "~/server/edge/initials-avatar";

export const dynamic = "force-dynamic";

/**
 * Browsers keep the answer but ask again each time (a 304 is one indexed read): a new picture
 * shows at once everywhere. The picture's own bytes, named by its file id, cache for minutes.
 */
const CACHE = "public, no-cache";

/**
 * A person's picture for `<img>` anywhere on the site, by their id: their avatar at the
 * smallest kept width at least `?w=` (96 unless asked), or their initials when they have none.
 * An id that is nobody is a 404. Public, like the profiles that show it.
 */
export async function GET(request: Request, { params }: { params: Promise<{ userId: string }> }) {
  const { userId } = await params;
  const db = await getDb();
  const found = userId.length <= 64 ? await avatarOf(db, userId) : null;
  if (!found)
    return Response.json(
      { error: "We couldn't find that person." },
      { status: 404, headers: { "Cache-Control": "no-store" } },
    );
  const asked = Number(new URL(request.url).searchParams.get("w")) || 96;
  const width = AVATAR_WIDTHS.find((w) => w >= asked) ?? AVATAR_WIDTHS.at(-1)!;
  const etag = found.file
    ? `"${found.file.id}-w${width}"`
    : `"initials-${Buffer.from(initialsOf(found.name)).toString("base64url")}"`;
  if (request.headers.get("if-none-match") === etag)
    return new Response(null, { status: 304, headers: { ETag: etag, "Cache-Control": CACHE } });
  if (found.file) {
    return new Response(null, {
      status: 302,
      headers: {
        Location: `/api/files/${found.file.id}?w=${width}`,
        "Cache-Control": CACHE,
        ETag: etag,
      },
    });
  }
  return new Response(initialsSvg(found.name, userId), {
    headers: {
      ETag: etag,
      "Content-Type": "image/svg+xml; charset=utf-8",
      "Content-Security-Policy": "default-src 'none'; style-src 'unsafe-inline'; sandbox",
      "X-Content-Type-Options": "nosniff",
      "Cache-Control": CACHE,
    },
  });
}
