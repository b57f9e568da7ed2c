// Runs once when the server starts. The Node-only work lives in lib/server-start.ts, imported only in
// the Node.js runtime so the Edge build never sees it.
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { startServer } = await import("./lib/server-start");
  startServer({ building: process.env.NEXT_PHASE === "phase-production-build" });
}
