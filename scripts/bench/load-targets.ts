// The rows of `npm run bench`'s throughput table: nginx serving the release page as a static file (the
// limit), the release page through deploy/nginx, and the app's public pages directly (CPU per request
// at the origin), with the six-photo page of issue 13.
import type { LoadTarget } from "./load";
import { SEARCH_TERMS, noopFrom } from "./vocabulary";

export function loadTargets(o: {
  nginx: { staticUrl: string; proxyUrl: string; service: { pid: number } };
  appUrl: string;
  appPid: number;
  database: string;
  slug: string;
  mediaSlug: string;
  imageVariant: { key: string; bytes: number } | null | undefined;
}): LoadTarget[] {
  let searchCounter = 0;
  const terms = SEARCH_TERMS;
  return [
    {
      key: "a",
      label: "nginx: the release page as a static file",
      origin: o.nginx.staticUrl.replace(/\/release$/, ""),
      path: "/release",
      serverPids: [o.nginx.service.pid],
    },
    {
      key: "b",
      label: "the release page through deploy/nginx (micro-cache)",
      origin: o.nginx.proxyUrl,
      path: `/releases/${o.slug}`,
      serverPids: [o.nginx.service.pid, o.appPid],
      database: o.database,
      note: "server CPU of (b) is nginx and the app together (the app refreshes the cached page about once a second).",
    },
    {
      key: "c-home",
      label: "Pressroom directly: /",
      origin: o.appUrl,
      path: "/",
      serverPids: [o.appPid],
      database: o.database,
    },
    {
      key: "c-release",
      label: "Pressroom directly: the release page",
      origin: o.appUrl,
      path: `/releases/${o.slug}`,
      serverPids: [o.appPid],
      database: o.database,
    },
    {
      key: "c-api",
      label: "Pressroom directly: /api/v1/releases",
      origin: o.appUrl,
      path: "/api/v1/releases",
      serverPids: [o.appPid],
      database: o.database,
    },
    {
      key: "c-search",
      label: "Pressroom directly: search /?q=… (a different query each request)",
      origin: o.appUrl,
      path: () => {
        const i = searchCounter++;
        return `/?q=${encodeURIComponent(terms[i % terms.length]!)}&from=${noopFrom(Math.floor(i / terms.length))}`;
      },
      serverPids: [o.appPid],
      database: o.database,
      note: "search rotates over ~180 terms, with a no-op `from` date so no two requests share a URL (no cache hits).",
    },
    {
      key: "a-media",
      label: "nginx: the release page with six photos as a static file (the HTML alone)",
      origin: o.nginx.staticUrl.replace(/\/release$/, ""),
      path: "/media-release",
      serverPids: [o.nginx.service.pid],
    },
    {
      key: "b-media",
      label: "the release page with six photos through deploy/nginx (the HTML alone)",
      origin: o.nginx.proxyUrl,
      path: `/releases/${o.mediaSlug}`,
      serverPids: [o.nginx.service.pid, o.appPid],
      database: o.database,
    },
    ...(o.imageVariant
      ? [
          {
            key: "b-image",
            label: `one of its photos through deploy/nginx (${o.imageVariant.key.replace(/^img\/[0-9a-f]{64}-/, "img/…-")}, ${(o.imageVariant.bytes / 1024).toFixed(0)} KB)`,
            origin: o.nginx.proxyUrl,
            path: `/media/${o.imageVariant.key}`,
            serverPids: [o.nginx.service.pid, o.appPid],
            database: o.database,
            note: "the app answers /media/<key> once a live edition uses the file; deploy/nginx keeps it per its Cache-Control (s-maxage=60).",
          } satisfies LoadTarget,
        ]
      : []),
  ];
}
