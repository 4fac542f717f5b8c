/**
 * How a log line reads in the `next dev` terminal: one short line a person can scan, instead of
 * JSON. Production keeps JSON for collectors. Successful tRPC calls are left out here: the
 * request line that carried them already says what happened and how long it took.
 */
const LEVEL_NAMES: Record<string, string> = {
  trace: "trace",
  debug: "debug",
  info: "",
  warn: "WARN ",
  error: "ERROR ",
  fatal: "FATAL ",
};
const SKIPPED_KEYS = new Set([
  "level",
  "time",
  "service",
  "msg",
  "requestId",
  "traceId",
  "spanId",
  "pid",
  "hostname",
]);

function clock(time: unknown) {
  return typeof time === "string" ? time.slice(11, 19) : "";
}

function rest(line: Record<string, unknown>, omit: string[]) {
  return Object.entries(line)
    .filter(([key]) => !SKIPPED_KEYS.has(key) && !omit.includes(key))
    .map(([key, value]) => `${key}=${typeof value === "string" ? value : JSON.stringify(value)}`)
    .join(" ");
}

/** The readable line for one JSON log line, or null when it should not be shown. */
export function devLogLine(json: string): string | null {
  let line: Record<string, unknown>;
  try {
    line = JSON.parse(json) as Record<string, unknown>;
  } catch {
    return json.trimEnd();
  }
  const level = LEVEL_NAMES[String(line.level)] ?? `${String(line.level)} `;
  const time = clock(line.time);
  if (line.msg === "procedure" && line.code === "OK") return null;
  if (line.msg === "request")
    return `${time} ${level}${String(line.method)} ${String(line.path)} ${String(line.status)} ${String(line.durationMs)} ms`;
  if (line.msg === "procedure" || line.msg === "procedure failed") {
    const extra = rest(line, ["procedure", "type", "code", "durationMs"]);
    return `${time} ${level}  ↳ ${String(line.procedure)} ${String(line.code)} ${String(line.durationMs)} ms${extra ? ` ${extra}` : ""}`;
  }
  const extra = rest(line, []);
  return `${time} ${level}${String(line.msg ?? "")}${extra ? `  ${extra}` : ""}`;
}
