// CPU per share image: the renderer of lib/share-image (Satori + resvg, fonts from assets/fonts) against
// next/og's ImageResponse with the Latin fonts it used to get (issue 11.12). Latin text only for
// next/og: anything else makes it fetch fonts from the internet. CPU is the whole process's
// (resvg renders on libuv's thread pool), so the figures hold on a busy machine where wall time does not.
//   NODE_OPTIONS=--conditions=react-server node_modules/.bin/tsx scripts/bench/share-image.tsx [renders]
import { readFileSync } from "node:fs";
import { ImageResponse } from "next/og";
import { renderShareImage, type ShareImageText } from "../../lib/share-image/render";

const text: ShareImageText = {
  site: "Pressroom",
  headline: "Ministers sign transport pact in Baku: Əliyev and Dvořák meet in Łódź",
  dateline: "Baku, 4 July 2024",
  issuer: "Ministry of Foreign Affairs",
};
const HEADLINES: Record<string, string> = {
  Latin: text.headline,
  Arabic: "وزير الخارجية يستقبل سفير الصين لبحث التعاون الثنائي",
  Chinese: "中华人民共和国外交部长会见阿塞拜疆总统，双方讨论交通合作",
  Japanese: "日本の外務大臣がバクーを訪問し、協力について協議した",
  Cyrillic: "Министр иностранных дел встретился с коллегой в Баку",
  emoji: "Flags 🇦🇿 🇨🇳 and a handshake 🤝 at the summit 🎉",
};

const LATIN = [
  ["Noto Sans", "latin"],
  ["Noto Sans Latin Ext", "latin-ext"],
  ["Noto Sans Vietnamese", "vietnamese"],
] as const;
const nextOgFonts = LATIN.flatMap(([name, subset]) =>
  ([400, 700] as const).map((weight) => ({
    name,
    weight,
    style: "normal" as const,
    data: readFileSync(`assets/fonts/noto-sans-${subset}-${weight}-normal.woff`),
  })),
);

function nextOgCard() {
  return (
    <div
      style={{
        width: "100%",
        height: "100%",
        display: "flex",
        flexDirection: "column",
        justifyContent: "space-between",
        padding: "64px 72px",
        background: "#ffffff",
        fontFamily: LATIN.map(([name]) => `"${name}"`).join(", "),
        borderTop: "16px solid #0b57d0",
      }}
    >
      <div style={{ display: "flex", fontSize: 30, fontWeight: 700 }}>{text.site}</div>
      <div style={{ display: "flex", fontSize: 56, fontWeight: 700, lineHeight: 1.15 }}>{text.headline}</div>
      <div style={{ display: "flex", flexDirection: "column", fontSize: 28 }}>
        <div style={{ display: "flex" }}>{text.dateline}</div>
        <div style={{ display: "flex" }}>{text.issuer}</div>
      </div>
    </div>
  );
}

const cpuMs = (since: NodeJS.CpuUsage) => {
  const used = process.cpuUsage(since);
  return (used.user + used.system) / 1000;
};

async function measure(label: string, renders: number, render: () => Promise<unknown>) {
  await render(); // warm: fonts parsed, WebAssembly compiled
  const cpu = process.cpuUsage();
  const start = performance.now();
  for (let i = 0; i < renders; i++) await render();
  const wall = (performance.now() - start) / renders;
  console.log(`${label}: ${(cpuMs(cpu) / renders).toFixed(1)} ms CPU, ${wall.toFixed(1)} ms wall per image`);
}

async function main() {
  const renders = Number(process.argv[2] ?? 20);
  const rss = process.memoryUsage().rss;
  const cpu = process.cpuUsage();
  await renderShareImage(text);
  console.log(
    `lib/share-image first render (reads and parses 3.6 MB of fonts): ${cpuMs(cpu).toFixed(0)} ms CPU, ` +
      `+${((process.memoryUsage().rss - rss) / 1e6).toFixed(0)} MB resident`,
  );
  for (const [script, headline] of Object.entries(HEADLINES)) {
    await measure(`lib/share-image, ${script} headline`, renders, () => renderShareImage({ ...text, headline }));
  }
  await measure("next/og, Latin headline", renders, () =>
    new ImageResponse(nextOgCard(), { width: 1200, height: 630, fonts: nextOgFonts }).arrayBuffer(),
  );
}

void main();
