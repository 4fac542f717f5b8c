import { requestContext } from "~/server/auth/request-context";
import { personOf } from "~/server/domain/actor";
import { NotFoundError } from "~/server/domain/errors";
import { getReceipt } from "~/server/domain/money/get-receipt";
import { receiptPdf } from "./receipt-pdf";

export const dynamic = "force-dynamic";

/** Anyone but the receipt's client (signed out, the freelancer, a stranger) gets exactly this. */
function notFound() {
  return Response.json(
    { error: "We couldn't find that receipt among yours." },
    { status: 404, headers: { "Cache-Control": "no-store" } },
  );
}

/** A receipt or refund note as a PDF file, for the client it was issued to only. */
export async function GET(
  request: Request,
  { params }: { params: Promise<{ receiptId: string }> },
) {
  const { receiptId } = await params;
  const ctx = await requestContext(request.headers);
  const actor = personOf(ctx.actor);
  if (!actor || receiptId.length === 0 || receiptId.length > 64) return notFound();
  let receipt: Awaited<ReturnType<typeof getReceipt>>;
  try {
    receipt = await getReceipt({ ctx: { ...ctx, actor }, input: { id: receiptId } });
  } catch (error) {
    if (error instanceof NotFoundError) return notFound();
    throw error;
  }
  const bytes = await receiptPdf(receipt);
  return new Response(bytes as Uint8Array<ArrayBuffer>, {
    headers: {
      "Content-Type": "application/pdf",
      "Content-Disposition": `attachment; filename="guild-${receipt.kind}-${receipt.number}.pdf"`,
      "Content-Length": String(bytes.length),
      "Cache-Control": "private, no-store",
      "X-Content-Type-Options": "nosniff",
    },
  });
}
