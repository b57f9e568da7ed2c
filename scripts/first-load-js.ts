// First-load JavaScript per route, from the build's own report (.next/diagnostics/route-bundle-stats.json,
// written by `next build`): what a reader's browser downloads before the page is interactive.
// Usage: npx tsx scripts/first-load-js.ts [route ...]   (after `npm run build`)
import { readFileSync } from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";

interface RouteStats {
  route: string;
  firstLoadUncompressedJsBytes: number;
  firstLoadChunkPaths: string[];
}

export interface FirstLoadJs {
  route: string;
  bytes: number;
  gzipBytes: number;
  chunks: number;
}

export function firstLoadJs(root = process.cwd(), routes?: string[]): FirstLoadJs[] {
  const stats = JSON.parse(
    readFileSync(path.join(root, ".next/diagnostics/route-bundle-stats.json"), "utf8"),
  ) as RouteStats[];
  return stats
    .filter((s) => !routes || routes.includes(s.route))
    .map((s) => ({
      route: s.route,
      bytes: s.firstLoadUncompressedJsBytes,
      gzipBytes: s.firstLoadChunkPaths.reduce(
        (sum, chunk) => sum + gzipSync(readFileSync(path.join(root, chunk)), { level: 9 }).length,
        0,
      ),
      chunks: s.firstLoadChunkPaths.length,
    }))
    .sort((a, b) => a.route.localeCompare(b.route));
}

if (process.argv[1] && /first-load-js\.ts$/.test(process.argv[1])) {
  const routes = process.argv.slice(2);
  const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
  console.log("| route | first-load JS | gzip | chunks |\n| --- | ---: | ---: | ---: |");
  for (const r of firstLoadJs(process.cwd(), routes.length ? routes : undefined))
    console.log(`| \`${r.route}\` | ${kb(r.bytes)} | ${kb(r.gzipBytes)} | ${r.chunks} |`);
}
