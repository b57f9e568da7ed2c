// First-load JavaScript per page: the scripts a reader's browser is told to fetch by the page's own
// HTML (every `<script src>`), summed, plain and gzipped. Read from the served page rather than from a
// bundler's report, so it means the same whichever bundler built the app (the production build uses
// webpack, `npm run dev` Turbopack; only the first writes .next/diagnostics/route-bundle-stats.json).
// Usage: npx tsx scripts/first-load-js.ts --origin http://127.0.0.1:3000 / /login /releases/<slug>
//        (against `npm start` after `npm run build`)
import { parseArgs } from "node:util";
import { gzipSync } from "node:zlib";

export interface FirstLoadJs {
  path: string;
  bytes: number;
  gzipBytes: number;
  scripts: number;
}

/** The distinct `<script src>` of an HTML page, in document order. */
export function scriptSources(html: string): string[] {
  const found = [...html.matchAll(/<script\b[^>]*\ssrc="([^"]+)"/g)].map((m) => m[1]!.replaceAll("&amp;", "&"));
  return [...new Set(found)];
}

export async function firstLoadJs(origin: string, paths: string[]): Promise<FirstLoadJs[]> {
  const out: FirstLoadJs[] = [];
  for (const path of paths) {
    const page = await fetch(new URL(path, origin));
    if (!page.ok) throw new Error(`${path} answered HTTP ${page.status}`);
    let bytes = 0;
    let gzipBytes = 0;
    const sources = scriptSources(await page.text());
    for (const src of sources) {
      const script = await fetch(new URL(src, origin));
      if (!script.ok) throw new Error(`${src} (from ${path}) answered HTTP ${script.status}`);
      const body = Buffer.from(await script.arrayBuffer());
      bytes += body.length;
      gzipBytes += gzipSync(body, { level: 9 }).length;
    }
    out.push({ path, bytes, gzipBytes, scripts: sources.length });
  }
  return out;
}

if (process.argv[1] && /first-load-js\.ts$/.test(process.argv[1])) {
  const { values, positionals } = parseArgs({ options: { origin: { type: "string" } }, allowPositionals: true });
  if (!values.origin || positionals.length === 0) {
    console.error("usage: npx tsx scripts/first-load-js.ts --origin http://127.0.0.1:3000 / /login /releases/<slug>");
    process.exit(2);
  }
  const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
  void firstLoadJs(values.origin, positionals).then((rows) => {
    console.log("| page | first-load JS | gzip | scripts |\n| --- | ---: | ---: | ---: |");
    for (const r of rows) console.log(`| \`${r.path}\` | ${kb(r.bytes)} | ${kb(r.gzipBytes)} | ${r.scripts} |`);
  });
}
