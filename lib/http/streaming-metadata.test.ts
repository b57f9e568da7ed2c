// Pages' metadata is never streamed into <body> (next.config.js, htmlLimitedBots): decided by Next's
// own function, with the configuration as Next loads it (the pattern's source).
import { createRequire } from "node:module";
import { describe, expect, it } from "vitest";

const require = createRequire(import.meta.url);
const { shouldServeStreamingMetadata } = require("next/dist/server/lib/streaming-metadata") as {
  shouldServeStreamingMetadata: (userAgent: string, htmlLimitedBots: string | undefined) => boolean;
};
const config = require("../../next.config.js") as { htmlLimitedBots?: RegExp };

describe("metadata in <head> for every client", () => {
  it("no user agent gets streamed metadata: browsers, link-preview fetchers off Next's bot list, none at all", () => {
    const pattern = config.htmlLimitedBots?.source;
    for (const userAgent of [
      "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0 Safari/537.36",
      "Mastodon/4.3.0 (http.rb/5.2.0; +https://mastodon.social/)",
      "Signal-Android/7.20.0",
      "curl/8.5.0",
      "Twitterbot/1.0",
    ]) {
      expect(shouldServeStreamingMetadata(userAgent, pattern), userAgent).toBe(false);
    }
  });
});
