import { PDFDocument, type PDFFont, rgb, StandardFonts } from "pdf-lib";

import { formatDay } from "~/shared/format/dates";
import { formatMoney } from "~/shared/format/money";

/** What a receipt shows: the answer of `payment.receipt`. */
export interface ReceiptDocument {
  number: string;
  kind: "receipt" | "refund";
  issuer: { name: string };
  issuedAt: Date;
  billedTo: { name: string; email: string };
  freelancerName: string;
  projectTitle: string;
  description: string;
  amountMinor: number;
  currency: string;
  cardLabel: string | null;
}

const A4 = { width: 595.28, height: 841.89 };
const MARGIN = 56;
const ink = rgb(0.06, 0.09, 0.16);
const muted = rgb(0.28, 0.33, 0.41);

/**
 * Text the standard font can draw. Helvetica encodes WinAnsi only: an emoji or a CJK title
 * would make pdf-lib throw, so each character it has no glyph for becomes "?", and line
 * breaks and other controls become spaces (the layout wraps lines itself).
 */
export function drawable(font: PDFFont, text: string): string {
  const glyphs = new Set(font.getCharacterSet());
  let out = "";
  for (const char of text.normalize("NFC").replace(/[\u00a0\u202f]/g, " ")) {
    const code = char.codePointAt(0)!;
    if (code < 0x20 || (code >= 0x7f && code < 0xa0)) out += " ";
    else out += glyphs.has(code) ? char : "?";
  }
  return out;
}

/** Splits text into lines no wider than `width`; a word longer than a line is cut. */
function wrap(font: PDFFont, text: string, size: number, width: number): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(/ +/)) {
    let rest = word;
    while (font.widthOfTextAtSize(rest, size) > width) {
      let cut = rest.length - 1;
      while (cut > 1 && font.widthOfTextAtSize(rest.slice(0, cut), size) > width) cut -= 1;
      if (line) lines.push(line);
      lines.push(rest.slice(0, cut));
      line = "";
      rest = rest.slice(cut);
    }
    const joined = line ? `${line} ${rest}` : rest;
    if (font.widthOfTextAtSize(joined, size) > width) {
      lines.push(line);
      line = rest;
    } else line = joined;
  }
  if (line) lines.push(line);
  return lines.length > 0 ? lines : [""];
}

/** The receipt (or refund note) as a one-page A4 PDF, in the words of the printable page. */
export async function receiptPdf(receipt: ReceiptDocument): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  const regular = await pdf.embedFont(StandardFonts.Helvetica);
  const bold = await pdf.embedFont(StandardFonts.HelveticaBold);
  const title = receipt.kind === "refund" ? "Refund" : "Receipt";
  pdf.setTitle(`${title} ${receipt.number}`);
  pdf.setAuthor(receipt.issuer.name);
  pdf.setCreator("Guild");
  pdf.setCreationDate(receipt.issuedAt);

  let page = pdf.addPage([A4.width, A4.height]);
  const width = A4.width - 2 * MARGIN;
  let y = A4.height - MARGIN;
  const write = (text: string, { font = regular, size = 11, color = ink, gap = 4 } = {}) => {
    for (const line of wrap(font, drawable(font, text), size, width)) {
      if (y - size < MARGIN) {
        page = pdf.addPage([A4.width, A4.height]);
        y = A4.height - MARGIN;
      }
      y -= size;
      page.drawText(line, { x: MARGIN, y, size, font, color });
      y -= gap;
    }
  };
  const field = (label: string, value: string) => {
    write(label, { font: bold, size: 9, color: muted, gap: 2 });
    write(value, { gap: 12 });
  };

  write(receipt.issuer.name, { font: bold, size: 14, gap: 20 });
  write(title, { font: bold, size: 24, gap: 8 });
  write(`${receipt.number} · ${formatDay(receipt.issuedAt)}`, { color: muted, gap: 24 });
  field("Billed to", `${receipt.billedTo.name} (${receipt.billedTo.email})`);
  field("Freelancer", receipt.freelancerName);
  field("Project", receipt.projectTitle);
  field("Description", receipt.description);
  if (receipt.cardLabel)
    field(receipt.kind === "refund" ? "Refunded to" : "Paid with", receipt.cardLabel);
  y -= 8;
  page.drawLine({
    start: { x: MARGIN, y },
    end: { x: A4.width - MARGIN, y },
    thickness: 0.75,
    color: muted,
  });
  y -= 16;
  write(receipt.kind === "refund" ? "Amount refunded" : "Amount paid", {
    font: bold,
    size: 9,
    color: muted,
    gap: 4,
  });
  write(formatMoney(receipt.amountMinor, receipt.currency), { font: bold, size: 20, gap: 24 });
  write(`Issued by ${receipt.issuer.name}. Keep this document for your records.`, {
    size: 9,
    color: muted,
  });
  return pdf.save();
}
