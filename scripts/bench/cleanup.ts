// Everything the bench starts or creates registers its undo here; it runs on success, on failure and
// on Ctrl-C / SIGTERM, newest first, so the machine is left as it was (no stray servers, no database).
type Undo = { label: string; run: () => Promise<void> | void };

const undos: Undo[] = [];
let running: Promise<void> | null = null;
let verbose = false;

export function onCleanup(label: string, run: Undo["run"]): () => void {
  const undo = { label, run };
  undos.push(undo);
  // The caller may undo early (e.g. stopping nginx between phases): then it is not run twice.
  return () => {
    const i = undos.indexOf(undo);
    if (i >= 0) undos.splice(i, 1);
  };
}

/** True once a signal asked the bench to stop: the main flow stops at its next step. */
export function stopRequested(): boolean {
  return stopping;
}
let stopping = false;

export function cleanupAll(): Promise<void> {
  running ??= (async () => {
    while (undos.length > 0) {
      const undo = undos.pop()!;
      if (verbose) console.error(`  stopping: ${undo.label}`);
      try {
        await undo.run();
      } catch (error) {
        console.error(`cleanup (${undo.label}) failed: ${error instanceof Error ? error.message : String(error)}`);
      }
    }
  })();
  return running;
}

export function installSignalHandlers(): void {
  for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"] as const) {
    process.once(signal, () => {
      console.error(`\n${signal}: stopping everything the bench started…`);
      verbose = true;
      stopping = true;
      // Keeps the event loop alive until every undo has run, whatever else has ended meanwhile.
      const keepAlive = setInterval(() => {}, 1000);
      void cleanupAll().finally(() => {
        clearInterval(keepAlive);
        process.exit(130);
      });
    });
  }
}
