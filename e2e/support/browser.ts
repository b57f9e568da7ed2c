import { existsSync } from "node:fs";

// Debian's Chromium, no browser download on these machines. The headless shell (package
// chromium-headless-shell) starts faster and uses less CPU than the full browser, so it is preferred
// when installed; CHROMIUM_PATH overrides both.
const CANDIDATES = ["/usr/lib/chromium/chromium-headless-shell", "/usr/bin/chromium"];

export function chromiumPath(): string {
  return process.env.CHROMIUM_PATH ?? CANDIDATES.find((path) => existsSync(path)) ?? "/usr/bin/chromium";
}
