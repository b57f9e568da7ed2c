import type { Metadata } from "next";
import { pageLanguage } from "@/lib/i18n/page-language";
import "./globals.css";
import "./media.css";

export const metadata: Metadata = {
  title: { default: "Pressroom", template: "%s · Pressroom" },
  description: "Press releases with structured datelines, agreements and quotes.",
};

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  const { lang, dir } = await pageLanguage();
  return (
    <html lang={lang} dir={dir}>
      <body>{children}</body>
    </html>
  );
}
