// The six-photo page of issue 13 in the results file: its size and its Largest Contentful Paint.
import type { BenchReport } from "./report";
import type { LcpResult } from "./media-page";
import { int, maxOf, median } from "./report-format";

export function renderMedia(m: NonNullable<BenchReport["media"]>): string[] {
  const out: string[] = [];
  const kb = (b: number) => `${(b / 1024).toFixed(0)} KB`;
  const lcpRow = (label: string, l: LcpResult) => {
    const values = l.runs.map((x) => x.lcpMs);
    const elements = [
      ...new Set(l.runs.map((x) => (x.url ? `${x.element} ${x.url.replace(/^https?:\/\/[^/]+/, "")}` : x.element))),
    ];
    return `| ${label} | ${int(median(values))} | ${int(Math.min(...values))} | ${int(maxOf(values))} | ${elements.join("; ").replace(/\/media\/img\/[0-9a-f]{64}-/g, "/media/img/…-")} | ${kb(median(l.runs.map((x) => x.transferBytes)))} | ${l.runs[0]?.images ?? 0} |`;
  };
  out.push("## Images (issue 13): a release page with six photos");
  out.push("");
  out.push(
    `/releases/${m.slug}: a copy of the seeded release carrying six 2400 × 1600 JPEG photos (${(m.uploadedBytes / 1024 / 1024).toFixed(1)} MB uploaded through POST /api/media as the bench editor; the app's variant job made their AVIF/WebP/JPEG variants in ${m.variantSeconds.toFixed(0)} s), the first as lead image. Its HTML is ${(m.bytes / 1024).toFixed(1)} KB with ${m.imgElements} <img> elements as the app renders it now. Rows a-media, b-media and b-image in the throughput table above.`,
  );
  out.push("");
  const n = m.lcp.network;
  out.push(
    `Largest Contentful Paint in Chromium (headless, ${m.lcp.viewport.width} × ${m.lcp.viewport.height} CSS px at ${m.lcp.viewport.deviceScaleFactor}×), through deploy/nginx, cache disabled, a new browser context per load, the network throttled with CDP Network.emulateNetworkConditions like DevTools' "Fast 3G" (${n.latency} ms latency, ${((n.downloadThroughput * 8) / 1000).toFixed(0)} kbit/s down, ${((n.uploadThroughput * 8) / 1000).toFixed(0)} kbit/s up); the value is the last 'largest-contentful-paint' entry of a PerformanceObserver once the page has loaded. ${m.lcp.runs.length} loads per page.`,
  );
  out.push("");
  out.push("| page | LCP median ms | min ms | max ms | LCP element | transferred (median) | <img> |");
  out.push("| --- | ---: | ---: | ---: | --- | ---: | ---: |");
  out.push(lcpRow("release page with six photos", m.lcp));
  out.push(lcpRow("seed release page (no photos), for comparison", m.lcpPlain));
  out.push("");
  return out;
}
