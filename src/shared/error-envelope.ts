/**
 * Guild's one error shape for HTTP answers that are not tRPC's own (REST, the edge, health):
 * a code, a message a person can act on, details (field errors and the like), the request id
 * to quote to support, and when it happened. No server imports: the edge and pages share it.
 */
export interface ErrorEnvelope {
  error: {
    code: string;
    message: string;
    details: Record<string, unknown> | null;
    requestId: string;
    time: string;
  };
}

export function envelope(
  code: string,
  message: string,
  requestId: string,
  details: Record<string, unknown> | null = null,
): ErrorEnvelope {
  return { error: { code, message, details, requestId, time: new Date().toISOString() } };
}

/** The code an HTTP status is answered with, where no more precise one is known. */
export function codeForStatus(status: number): string {
  const codes: Record<number, string> = {
    400: "BAD_REQUEST",
    401: "UNAUTHORIZED",
    403: "FORBIDDEN",
    404: "NOT_FOUND",
    405: "METHOD_NOT_SUPPORTED",
    409: "CONFLICT",
    413: "PAYLOAD_TOO_LARGE",
    415: "UNSUPPORTED_MEDIA_TYPE",
    422: "UNPROCESSABLE_CONTENT",
    429: "TOO_MANY_REQUESTS",
    503: "SERVICE_UNAVAILABLE",
  };
  return codes[status] ?? (status >= 500 ? "INTERNAL_SERVER_ERROR" : "BAD_REQUEST");
}
