// Runs a function over many items on every core. The steps after `next build` parse each of
// thousands of pages, and in one thread they kept one of the machine's cores busy and the rest idle.
// A task may be async (drawing a social card is): each thread still takes its items one at a time.
// A function that threads may run is declared with threadTask in a module of its own, so the
// compiler checks what goes in and comes out; no function is ever named in a string.
import os from "node:os";
import { isMainThread, parentPort, Worker, workerData } from "node:worker_threads";

/** A function threads can run, and the module that declares it (which a thread imports to run it). */
export interface ThreadTask<T, R> {
  readonly module: string;
  readonly run: (item: T) => R | Promise<R>;
}

interface Job<T> {
  threadTaskModule: string;
  items: T[];
}

// Worker threads do not inherit tsx's loader, so each one imports the task's module through it;
// the module's threadTask call then sees the job is its own and answers it.
const WORKER_SOURCE = `
const { workerData } = require("node:worker_threads");
import("tsx/esm/api").then(({ tsImport }) => tsImport(workerData.threadTaskModule, workerData.threadTaskModule));
`;

function isJobFor<T>(data: unknown, module: string): data is Job<T> {
  return typeof data === "object" && data !== null && "threadTaskModule" in data && data.threadTaskModule === module && "items" in data && Array.isArray(data.items);
}

/**
 * Declares `run` as a task for inParallel. Call it once, at the top level of the module named by
 * `module` (its __filename), and in no other: in a thread started for that module, it also runs
 * the thread's items.
 */
export function threadTask<T, R>(module: string, run: (item: T) => R | Promise<R>): ThreadTask<T, R> {
  const job: unknown = workerData;
  const port = parentPort;
  // An item's error is thrown outside the promise, so that it stops the thread whatever
  // --unhandled-rejections says, and inParallel rejects with it.
  if (!isMainThread && port && isJobFor<T>(job, module)) {
    inTurn(job.items, run).then(
      (results) => port.postMessage(results),
      (error: unknown) =>
        setImmediate(() => {
          throw error;
        }),
    );
  }
  return { module, run };
}

async function inTurn<T, R>(items: T[], run: (item: T) => R | Promise<R>): Promise<R[]> {
  const results: R[] = [];
  for (const item of items) results.push(await run(item));
  return results;
}

/** Below this many items a thread is not worth its start (about 0.2 s, loading the module afresh). */
export const MIN_CHUNK = 100;

/** `task` applied to each item, in threads; the results in order. One item's error is the call's. */
export async function inParallel<T, R>(task: ThreadTask<T, R>, items: T[]): Promise<R[]> {
  const threads = Math.min(os.availableParallelism(), Math.ceil(items.length / MIN_CHUNK));
  if (threads <= 1) return inTurn(items, task.run);
  const size = Math.ceil(items.length / threads);
  const chunks = Array.from({ length: threads }, (_, index) => items.slice(index * size, (index + 1) * size));
  const workers = chunks.map((chunk) => {
    const job: Job<T> = { threadTaskModule: task.module, items: chunk };
    return new Worker(WORKER_SOURCE, { eval: true, workerData: job });
  });
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
