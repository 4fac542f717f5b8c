/**
 * Runs once when a server process starts. Migrations, request logging and the demo
 * seed live in a Node-only module, imported only in the Node.js runtime.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs") {
    const { startServer } = await import("./server/startup");
    await startServer();
  }
}
