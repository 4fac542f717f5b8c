import { ledgerAccountLabel, ledgerKindLabel } from "~/shared/format/money-labels";
import { minorToDecimal } from "~/shared/money/decimal";
import type { LedgerAccountKind, LedgerTransactionKind } from "~/shared/money/statuses";

export interface CsvEntry {
  at: Date;
  memo: string;
  account: LedgerAccountKind;
  kind: LedgerTransactionKind;
  amountMinor: number;
  feeMinor: number;
  currency: string;
}

const HEADER = ["Date (UTC)", "Description", "Account", "Kind", "Amount", "Fee", "Currency"];

/** An amount this module wrote itself: a plain decimal, which no spreadsheet runs as a formula. */
const PLAIN_NUMBER = /^-?\d+(\.\d+)?$/;

/**
 * One cell, safe to open in a spreadsheet: text that starts like a formula (= + - @, a tab or
 * a carriage return) gets a leading apostrophe so it stays text (OWASP's CSV injection advice);
 * then the cell is quoted when it holds a quote, a comma or a line break (RFC 4180).
 */
export function csvCell(value: string): string {
  const text = !PLAIN_NUMBER.test(value) && /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

const row = (cells: string[]) => cells.map(csvCell).join(",");

/** A person's history as CSV: a header row, then one row per entry, CRLF between rows. */
export function earningsCsv(entries: CsvEntry[]): string {
  const lines = [row(HEADER)];
  for (const entry of entries)
    lines.push(
      row([
        entry.at.toISOString(),
        entry.memo,
        ledgerAccountLabel[entry.account],
        ledgerKindLabel[entry.kind],
        minorToDecimal(entry.amountMinor, entry.currency),
        entry.feeMinor > 0 ? minorToDecimal(entry.feeMinor, entry.currency) : "",
        entry.currency,
      ]),
    );
  return `${lines.join("\r\n")}\r\n`;
}
