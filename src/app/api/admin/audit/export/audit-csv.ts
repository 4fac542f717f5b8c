import { csvCell } from "~/app/api/earnings/export/earnings-csv";

export interface AuditCsvEvent {
  id: number;
  createdAt: Date;
  action: string;
  actorId: string | null;
  actorEmail: string | null;
  targetType: string | null;
  targetId: string | null;
  ip: string | null;
  requestId: string | null;
  detail: Record<string, unknown> | null;
}

const HEADER = [
  "Id",
  "Time (UTC)",
  "Action",
  "Actor id",
  "Actor email",
  "Subject type",
  "Subject id",
  "Reason",
  "Detail",
  "IP",
  "Request id",
];

const row = (cells: (string | null)[]) => cells.map((cell) => csvCell(cell ?? "")).join(",");

/** Audit events as CSV (RFC 4180, cells safe to open in a spreadsheet): a header, then one row each. */
export function auditCsv(events: AuditCsvEvent[]): string {
  const lines = [row(HEADER)];
  for (const event of events) {
    const { reason, ...rest } = event.detail ?? {};
    lines.push(
      row([
        String(event.id),
        event.createdAt.toISOString(),
        event.action,
        event.actorId,
        event.actorEmail,
        event.targetType,
        event.targetId,
        typeof reason === "string" ? reason : null,
        Object.keys(rest).length ? JSON.stringify(rest) : null,
        event.ip,
        event.requestId,
      ]),
    );
  }
  return `${lines.join("\r\n")}\r\n`;
}
