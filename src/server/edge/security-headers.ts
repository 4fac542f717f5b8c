/**
 * The headers every response carries. The CSP allows only our own scripts plus those
 * carrying this request's nonce ('strict-dynamic' lets them load Next's chunks); nothing
 * inline, nothing eval'd in production.
 */
/**
 * The origin browsers reach the file bucket at, when files live in S3: uploads POST there and
 * downloads are redirected there, so the page must allow it. Null without a bucket.
 */
export function bucketOrigin(settings: {
  S3_BUCKET?: string;
  S3_REGION: string;
  S3_ENDPOINT?: string;
}) {
  if (!settings.S3_BUCKET) return null;
  if (settings.S3_ENDPOINT) return new URL(settings.S3_ENDPOINT).origin;
  return `https://${settings.S3_BUCKET}.s3.${settings.S3_REGION}.amazonaws.com`;
}

/**
 * What Stripe's Payment Element needs when it takes cards (PAYMENTS_PROVIDER=stripe): its
 * script, the frames that hold the card fields and the bank's authentication, and its API.
 * The sandbox never loads Stripe, so without it none of these are allowed.
 */
const STRIPE = {
  script: " https://js.stripe.com",
  frame: "https://js.stripe.com https://hooks.stripe.com",
  connect: " https://api.stripe.com",
};

export function contentSecurityPolicy(
  nonce: string,
  options: {
    development: boolean;
    https: boolean;
    bucket?: string | null;
    payments?: "sandbox" | "stripe";
  },
) {
  const bucket = options.bucket ? ` ${options.bucket}` : "";
  const stripe = options.payments === "stripe";
  const directives = [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${stripe ? STRIPE.script : ""}${options.development ? " 'unsafe-eval'" : ""}`,
    // React and Next set style attributes at run time; styles cannot run code.
    "style-src 'self' 'unsafe-inline'",
    `img-src 'self' data: blob:${bucket}`,
    "font-src 'self'",
    `connect-src 'self'${bucket}${stripe ? STRIPE.connect : ""}${options.development ? " ws: wss:" : ""}`,
    ...(stripe ? [`frame-src ${STRIPE.frame}`] : []),
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    "manifest-src 'self'",
    "worker-src 'self' blob:",
  ];
  if (options.https) directives.push("upgrade-insecure-requests");
  return directives.join("; ");
}

export function securityHeaders(options: { production: boolean }): Record<string, string> {
  return {
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "strict-origin-when-cross-origin",
    "X-Frame-Options": "DENY",
    "Cross-Origin-Opener-Policy": "same-origin",
    "Cross-Origin-Resource-Policy": "same-origin",
    "Permissions-Policy":
      "camera=(), microphone=(), geolocation=(), payment=(), usb=(), browsing-topics=()",
    ...(options.production
      ? { "Strict-Transport-Security": "max-age=63072000; includeSubDomains" }
      : {}),
  };
}

/** A nonce per request: 128 random bits. */
export function newNonce() {
  return Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString("base64");
}
