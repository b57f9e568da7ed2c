// The pixel work of an image's variant job (lib/jobs/image-process.ts), in a Node process of its own.
// Why a process: libvips decodes and encodes on threads of its own, and glibc kept what those threads
// freed in per-thread arenas for the life of the process. In the app's process, six 2400 × 1600 photos
// left ~375 MB of RSS behind for good (issue 17, memory); here it goes back to the system at exit.
// Plain JavaScript, outside Next's bundle: the job starts it with `node` from the project's folder.
//
// Input (stdin, JSON): { source, open, tasks: [{ format, width, out }] }. Each task writes one file;
// the answer (stdout, JSON) gives each task's pixel size and bytes, and the tiny placeholder.
// Or { source, header: true }: the answer is the header's { width, height, orientation }, read
// without decoding a pixel (an upload's checks, lib/media/upload.ts).
import { writeFile } from "node:fs/promises";
import sharp from "sharp";

async function readInput() {
  const chunks = [];
  for await (const chunk of process.stdin) chunks.push(chunk);
  return JSON.parse(Buffer.concat(chunks).toString("utf8"));
}

/** The encodings readers are served (quality chosen in issue 13). */
function encode(pipeline, format) {
  if (format === "avif") return pipeline.avif({ quality: 55, effort: 3 });
  if (format === "webp") return pipeline.webp({ quality: 78 });
  return pipeline.flatten({ background: "#ffffff" }).jpeg({ quality: 80, mozjpeg: true });
}

async function main() {
  const { source, open, tasks, header } = await readInput();
  if (header) {
    const meta = await sharp(source, { limitInputPixels: false }).metadata();
    process.stdout.write(
      JSON.stringify({ width: meta.width ?? null, height: meta.height ?? null, orientation: meta.orientation ?? 1 }),
    );
    return;
  }
  // Orientation is applied to the pixels first; sharp writes no metadata unless asked, so EXIF, XMP
  // and GPS positions stay in the original.
  const start = () => sharp(source, open).rotate();
  const made = [];
  for (const task of tasks) {
    const { data, info } = await encode(
      start().resize({ width: task.width, withoutEnlargement: true }),
      task.format,
    ).toBuffer({ resolveWithObject: true });
    await writeFile(task.out, data);
    made.push({ width: info.width, height: info.height, bytes: data.length });
  }
  const tiny = await start().resize({ width: 16 }).blur(1).webp({ quality: 40 }).toBuffer();
  process.stdout.write(JSON.stringify({ made, placeholder: tiny.toString("base64") }));
}

main().catch((error) => {
  process.stderr.write(error instanceof Error ? error.message : String(error));
  process.exit(1);
});
