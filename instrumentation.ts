// Runs once when the server starts: a missing or malformed variable stops the app right away,
// with a message naming it, instead of failing on the first request.
export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs") {
    const { env } = await import("./lib/env");
    env();
  }
}
