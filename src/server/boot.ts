/**
 * Loads the server's start-up module, which validates every setting on import. Invalid
 * settings stop the process with one log line naming the variable, rather than leaving
 * a half-started server answering 500s.
 */
export async function boot() {
  let startServer: () => Promise<void>;
  try {
    ({ startServer } = await import("./startup"));
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    console.error(
      JSON.stringify({
        level: "fatal",
        time: new Date().toISOString(),
        service: "guild",
        msg: message,
      }),
    );
    process.exit(1);
  }
  await startServer();
}
