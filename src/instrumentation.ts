/**
 * Runs once when a server process starts. Everything it does (settings check, migrations,
 * request logging, demo seed) is Node-only, so it is imported only in the Node.js runtime.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs") {
    const { boot } = await import("./server/boot");
    await boot();
  }
}
