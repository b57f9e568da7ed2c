// The Cache-Control values every response uses, in one place so the app, the nginx example in
// deploy/nginx and the tests agree.
//
// Published content: browsers revalidate every time (max-age=0, cheap with ETag/304), shared caches
// (a CDN, the nginx micro-cache) may keep it for one second and serve it stale for a while longer
// while they refetch in the background. The app invalidates its own cache by tag the moment a
// release changes; the one-second shared lifetime is what keeps "publish → visible through the proxy"
// within two seconds, because a proxy cannot be told about a publish.
//
// Unpublish and withdraw are often legal takedowns: no shared cache may serve removed content for more
// than 60 s, not even while the app is down (issue 11.3). So the stale windows are short: 30 s of
// stale-while-revalidate (in practice the background refresh takes one render) and 30 s of
// stale-if-error. The price: an outage longer than ~30 s shows readers errors instead of old pages.
export const PUBLIC_CACHE_CONTROL = "public, max-age=0, s-maxage=1, stale-while-revalidate=30, stale-if-error=30";

// The old share image address (/releases/<slug>/share-image): since issue 17 a redirect to the card
// stored when the edition went live (/media/share/<sha256>.png, cached as immutable media files are,
// lib/media/serve.ts). The redirect's target changes with a correction, so browsers keep it a minute,
// shared caches 10 s plus 20 s stale while refreshing, never stale on error.
export const SHARE_IMAGE_CACHE_CONTROL = "public, max-age=60, s-maxage=10, stale-while-revalidate=20";

// Anything personal or unpublished: editor pages, previews, sign-in, health checks.
export const PRIVATE_CACHE_CONTROL = "private, no-store";

// The redirect from a reader URL with unknown query parameters to the one without them (proxy.ts,
// issue 11.12). It depends on the URL alone, so browsers and shared caches may keep it a while: a
// tracking link opened many times costs the app one redirect per hour per cache.
export const CANONICAL_REDIRECT_CACHE_CONTROL = "public, max-age=3600";
