// Drawing an image at build time (a social card takes about 8 ms of Next.js's one rendering
// worker) is the same work on every build for an article that did not change, and editors rebuild
// the whole archive for each edit. So each drawing is kept on disk under a hash of everything it
// is drawn from, and a rebuild draws only what is new or changed. Hosts that keep
// node_modules/.cache between builds, as they do for Next.js's own cache, keep these too; a build
// without them draws everything, as before.
import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";

export function buildCacheDir(): string {
  return path.resolve(process.env.BUILD_CACHE_DIR ?? "node_modules/.cache/newsroom");
}

/** The bytes `draw` makes, drawn only if no earlier build kept them for the same `inputs`. */
export async function cachedDrawing(kind: string, inputs: unknown, draw: () => Promise<ArrayBuffer>): Promise<Uint8Array<ArrayBuffer>> {
  const file = path.join(buildCacheDir(), kind, `${createHash("sha256").update(JSON.stringify(inputs)).digest("hex")}.bin`);
  try {
    const kept = fs.readFileSync(file);
    // Touched, so that pruneBuildCache knows this build used it.
    const now = new Date();
    fs.utimesSync(file, now, now);
    return new Uint8Array(kept);
  } catch {
    // Not drawn before (or removed meanwhile): draw it.
  }
  const drawn = new Uint8Array(await draw());
  try {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    // Written whole, then renamed: a build running beside this one never reads half a file.
    const partial = `${file}.${process.pid}.partial`;
    fs.writeFileSync(partial, drawn);
    fs.renameSync(partial, file);
  } catch {
    // A cache that cannot be written (a read-only disk) only costs the next build the drawing.
  }
  return drawn;
}

/** Removes what no build since `since` used, so the cache holds the current site's drawings and no more. */
export function pruneBuildCache(since: number): number {
  if (!fs.existsSync(buildCacheDir())) return 0;
  let removed = 0;
  for (const entry of fs.readdirSync(buildCacheDir(), { recursive: true, withFileTypes: true })) {
    const file = path.join(entry.parentPath, entry.name);
    if (entry.isFile() && fs.statSync(file).mtimeMs < since) {
      fs.rmSync(file, { force: true });
      removed += 1;
    }
  }
  return removed;
}
