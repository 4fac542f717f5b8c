import { getDb } from "~/server/db/client";
import { avatarOf } from "~/server/domain/avatar/avatar-of";
import { AVATAR_WIDTHS } from "~/server/domain/avatar/resize-image";
import { initialsSvg } from "~/server/edge/initials-avatar";

export const dynamic = "force-dynamic";

const CACHE = "public, max-age=300";

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
  if (found.file) {
    const asked = Number(new URL(request.url).searchParams.get("w")) || 96;
    const width = AVATAR_WIDTHS.find((w) => w >= asked) ?? AVATAR_WIDTHS.at(-1)!;
    const location = new URL(`/api/files/${found.file.id}?w=${width}`, request.url);
    return new Response(null, {
      status: 302,
      headers: { Location: location.pathname + location.search, "Cache-Control": CACHE },
    });
  }
  return new Response(initialsSvg(found.name, userId), {
    headers: {
      "Content-Type": "image/svg+xml; charset=utf-8",
      "Content-Security-Policy": "default-src 'none'; style-src 'unsafe-inline'; sandbox",
      "X-Content-Type-Options": "nosniff",
      "Cache-Control": CACHE,
    },
  });
}
