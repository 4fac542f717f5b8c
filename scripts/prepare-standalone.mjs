// `next build` leaves static assets and public/ out of the standalone server (they are
// meant for a CDN); copy them in so `node .next/standalone/server.js` serves everything.
import { cpSync, existsSync } from "node:fs";

const standalone = ".next/standalone";
if (!existsSync(standalone)) {
  console.error('No .next/standalone: is `output: "standalone"` set in next.config.mjs?');
  process.exit(1);
}
cpSync(".next/static", `${standalone}/.next/static`, { recursive: true });
cpSync("public", `${standalone}/public`, { recursive: true });
cpSync("drizzle", `${standalone}/drizzle`, { recursive: true });
console.log("Standalone server ready: node .next/standalone/server.js");
