// Drawing an image at build time (a social card takes about 25 ms of CPU, lib/build/social-card.ts)
// is the same work on every build for an article that did not change, and editors rebuild
// the whole archive for each edit. So each drawing is kept on disk under a hash of everything it
// is drawn from, and a rebuild draws only what is new or changed. Hosts that keep
// node_modules/.cache between builds, as they do for Next.js's own cache, keep these too; a build
// without them draws everything, as before. A drawing is published as it is, so it is kept behind
// its seal (lib/build/cache-seal.ts): one without this build's seal is drawn again.
import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { threadId } from "node:worker_threads";
import { readConfig } from "../config";
import { cacheSeal } from "./cache-seal";

// Each kind of drawing has its own folder in the cache, and only these names are ever pruned:
// whatever else is in BUILD_CACHE_DIR is not ours to delete.
const KEPT = /\.bin$/;
const PARTIAL = /\.bin\.\d+-\d+\.partial$/;
// An HMAC-SHA256.
const SEAL_BYTES = 32;

export function buildCacheDir(): string {
  // Read at each call: tests point it at a folder of their own.
  return readConfig().BUILD_CACHE_DIR;
}

/** The bytes `draw` makes, drawn only if no earlier build kept them for the same `inputs`. */
export async function cachedDrawing(kind: string, inputs: unknown, draw: () => Promise<ArrayBuffer>): Promise<Uint8Array<ArrayBuffer>> {
  const sealing = cacheSeal();
  if ("problem" in sealing) return new Uint8Array(await draw()); // nothing kept can be trusted: the build says why
  const { seal } = sealing;
  const name = `${createHash("sha256").update(JSON.stringify(inputs)).digest("hex")}.bin`;
  const file = path.join(buildCacheDir(), kind, name);
  try {
    // The seal first, then the drawing: sealed with its name, so that one card cannot stand for another.
    const kept = fs.readFileSync(file);
    const [sealed, bytes] = [kept.subarray(0, SEAL_BYTES), kept.subarray(SEAL_BYTES)];
    if (seal.matches(sealed, kind, name, bytes)) {
      // Touched, so that pruneBuildCache knows this build used it.
      const now = new Date();
      fs.utimesSync(file, now, now);
      return new Uint8Array(bytes);
    }
  } catch {
    // Not drawn before (or removed meanwhile): draw it.
  }
  const drawn = new Uint8Array(await draw());
  try {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    // Written whole, then renamed: a build running beside this one never reads half a file.
    const partial = `${file}.${process.pid}-${threadId}.partial`;
    fs.writeFileSync(partial, Buffer.concat([seal.of(kind, name, drawn), drawn]));
    fs.renameSync(partial, file);
  } catch {
    // A cache that cannot be written (a read-only disk) only costs the next build the drawing.
  }
  return drawn;
}

/**
 * Removes the drawings of `kind` that no build used since `since`, so the cache holds the current
 * site's and no more. Builds run side by side (the tests run three) and prune the same folder, so
 * a file another removed first is no error.
 */
export function pruneBuildCache(kind: string, since: number, cacheDir = buildCacheDir()): number {
  const folder = path.join(cacheDir, kind);
  let names: string[];
  try {
    names = fs.readdirSync(folder);
  } catch {
    return 0; // nothing drawn yet
  }
  let removed = 0;
  for (const name of names.filter((name) => KEPT.test(name) || PARTIAL.test(name))) {
    try {
      const file = path.join(folder, name);
      if (fs.statSync(file).mtimeMs < since) {
        fs.rmSync(file);
        removed += 1;
      }
    } catch {
      // Removed or renamed by another build meanwhile.
    }
  }
  return removed;
}
