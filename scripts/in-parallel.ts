// Runs a function over many items on every core. The steps after `next build` parse each of
// thousands of pages, and in one thread they kept one of the machine's cores busy and the rest idle.
import os from "node:os";
import { pathToFileURL } from "node:url";
import { Worker } from "node:worker_threads";

// Worker threads do not inherit tsx's loader, so each one imports the TypeScript module through it.
const WORKER_SOURCE = `
const { parentPort, workerData } = require("node:worker_threads");
import("tsx/esm/api")
  .then(({ tsImport }) => tsImport(workerData.module, workerData.module))
  .then((loaded) => parentPort.postMessage(workerData.items.map((item) => loaded[workerData.exported](item))));
`;

// Below this many items a thread is not worth its start (about 0.2 s, loading the module afresh).
const MIN_CHUNK = 100;

type Loaded = Record<string, (item: unknown) => unknown>;

/** Export `exported` of `module` (an absolute path) applied to each item, in threads; the results in order. */
export async function inParallel<T, R>(module: string, exported: string, items: T[]): Promise<R[]> {
  const threads = Math.min(os.availableParallelism(), Math.ceil(items.length / MIN_CHUNK));
  if (threads <= 1) {
    const loaded = (await import(pathToFileURL(module).href)) as Loaded;
    return items.map((item) => loaded[exported](item) as R);
  }
  const size = Math.ceil(items.length / threads);
  const chunks = Array.from({ length: threads }, (_, index) => items.slice(index * size, (index + 1) * size));
  const workers = chunks.map((chunk) => new Worker(WORKER_SOURCE, { eval: true, workerData: { module, exported, items: chunk } }));
  try {
    const results = await Promise.all(
      workers.map(
        (worker) =>
          new Promise<R[]>((resolve, reject) => {
            worker.once("message", resolve);
            worker.once("error", reject);
            worker.once("exit", (code) => reject(new Error(`a worker thread stopped (exit code ${code}) before it finished`)));
          }),
      ),
    );
    return results.flat();
  } finally {
    // One failed: the others' work is no longer wanted.
    await Promise.all(workers.map((worker) => worker.terminate()));
  }
}
