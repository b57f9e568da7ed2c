// The Cache-Control values every response uses, in one place so the app, the nginx example in
// deploy/nginx and the tests agree.
//
// Published content: browsers revalidate every time (max-age=0, cheap with ETag/304), shared caches
// (a CDN, the nginx micro-cache) may keep it for one second and serve it stale for a while longer
// while they refetch in the background. The app invalidates its own cache by tag the moment a
// release changes; the one-second shared lifetime is what keeps "publish → visible through the proxy"
// within two seconds, because a proxy cannot be told about a publish.
export const PUBLIC_CACHE_CONTROL = "public, max-age=0, s-maxage=1, stale-while-revalidate=60, stale-if-error=86400";

// Anything personal or unpublished: editor pages, previews, sign-in, health checks.
export const PRIVATE_CACHE_CONTROL = "private, no-store";
