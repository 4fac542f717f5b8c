/**
 * The API reference at /docs is Swagger UI served from Guild's own origin, under a policy of
 * its own: scripts and styles from here only, plus the inline styles Swagger UI sets on its
 * elements and the data: images of its icons. Nothing loads from anywhere else.
 */
export const DOCS_CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "font-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join("; ");
