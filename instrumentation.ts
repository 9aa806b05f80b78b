// Next calls register() once per server start: the configuration is checked and the database migrated (and
// seeded when empty) before the first request, then the notification worker starts. A missing production secret
// or a failed migration stops the server with a clear message rather than serving errors.
export async function register(): Promise<void> {
  // Next inlines NEXT_RUNTIME per bundle; this literal check is what keeps the database code out of the
  // Edge bundle, so it stays here rather than in lib/env.ts.
  if (process.env.NEXT_RUNTIME === "nodejs") {
    const { startServerDatabase, startServerWorker } = await import("./lib/startup/prepare");
    await startServerDatabase();
    await startServerWorker();
  }
}
