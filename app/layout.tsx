import type { Metadata } from "next";
import "./globals.css";
import "./media.css";

export const metadata: Metadata = {
  title: { default: "Pressroom", template: "%s · Pressroom" },
  description: "Press releases with structured datelines, agreements and quotes.",
};

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="en">
      <body>{children}</body>
    </html>
  );
}
