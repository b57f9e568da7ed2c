import type { MetadataRoute } from "next";
import { connection } from "next/server";
import { siteName } from "@/lib/site";

// The web app manifest (/manifest.webmanifest): the name and icons a phone uses when a reader adds the
// site to the home screen. Rendered per request (connection()) so SITE_NAME is read when the app runs,
// not when it is built. The PNGs are drawn from app/icon.svg by scripts/make-icons.ts.
export default async function manifest(): Promise<MetadataRoute.Manifest> {
  await connection();
  return {
    name: siteName(),
    short_name: siteName(),
    description: "Press releases with structured datelines, agreements and quotes.",
    start_url: "/",
    display: "browser",
    background_color: "#ffffff",
    theme_color: "#0b57d0",
    icons: [
      { src: "/icon-192.png", sizes: "192x192", type: "image/png" },
      { src: "/icon-512.png", sizes: "512x512", type: "image/png" },
    ],
  };
}
