// `npm run media:check` (issue 13): compares the media storage (MEDIA_DIR, or the S3 bucket when
// S3_BUCKET is set) with the database in DATABASE_URL and lists what does not match. Exit code 1 when
// anything does, so a backup job can alert on it. Read-only: it deletes nothing.
import { closeDatabasePool } from "@/lib/db";
import { listKnownKeys } from "@/lib/dal/media/assets";
import { checkMedia } from "@/lib/media/check";
import { mediaStorage } from "@/lib/storage";

void (async () => {
  const storage = mediaStorage();
  const result = await checkMedia(storage, await listKnownKeys());
  console.log(
    `Media check (${storage.name} storage): ${result.storedCount} files stored, ${result.knownCount} named by the database.`,
  );
  for (const key of result.filesWithoutRows) console.log(`file without a row: ${key}`);
  for (const key of result.rowsWithoutFiles) console.log(`row without a file: ${key}`);
  const problems = result.filesWithoutRows.length + result.rowsWithoutFiles.length;
  console.log(problems === 0 ? "Everything matches." : `${problems} mismatch${problems === 1 ? "" : "es"}.`);
  await closeDatabasePool();
  process.exit(problems === 0 ? 0 : 1);
})().catch(async (error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  await closeDatabasePool().catch(() => {});
  process.exit(2);
});
