// What the search index keeps in BUILD_CACHE_DIR/search-index/ for the next build: the archive
// shard's Pagefind files (scripts/build/search-index.ts says what the shards are), under a key made
// from what Pagefind reads of its pages, and what each page told the index (whether it is indexed,
// its language, date and that digest), so that a page whose key (lib/build/page-keys.ts) is
// unchanged is not read again: built by the same code, it is the same file. The kept files are published as they are, so the manifest is sealed
// (lib/build/cache-seal.ts) and lists each file's SHA-256: a shard whose files are not the ones
// listed, or a manifest without this build's seal, is indexed again.
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { z } from "zod";
import { cacheSeal, fileDigest } from "../../lib/build/cache-seal";
import { linker } from "./file-links";

const VERSION = 2;
const MANIFEST = "manifest.json";
const SEALED_AS = "search-index";
// A folder another build may still be copying from is removed only once no build used it for this long.
const STALE_MS = 10 * 60 * 1000;

/** `digest`: of what Pagefind may read of the page (search-index.ts), so that a page changed elsewhere (its timeline) leaves its shard kept. */
const pageFacts = z.object({ key: z.string(), indexed: z.boolean(), language: z.string(), date: z.string(), digest: z.string() });
export type PageFacts = z.infer<typeof pageFacts>;

const manifestSchema = z.object({
  version: z.literal(VERSION),
  /** The code's fingerprint (lib/build/code-fingerprint.ts), hashed: what a page told the index holds for that code alone. */
  code: z.string(),
  /** Address -> what its page, with that key, told the index. */
  pages: z.record(z.string(), pageFacts),
  /** The archive shard: its key, the folder beside the manifest that holds it, and each file's SHA-256. */
  archive: z.object({ key: z.string(), folder: z.string().regex(/^archive-[\w-]+$/), files: z.record(z.string(), z.string()) }).optional(),
});
type Manifest = z.infer<typeof manifestSchema>;

const cacheFolder = (cacheDir: string) => path.join(cacheDir, "search-index");

/** What the last build kept, or nothing when there is none this build can trust or it was made by other code (`code`). */
export function readSearchCache(cacheDir: string, code: string): Manifest | undefined {
  const sealing = cacheSeal();
  if ("problem" in sealing) return undefined;
  try {
    const text = sealing.seal.open(SEALED_AS, fs.readFileSync(path.join(cacheFolder(cacheDir), MANIFEST), "utf8"));
    const parsed = text === undefined ? undefined : manifestSchema.safeParse(JSON.parse(text));
    return parsed?.success && parsed.data.code === code ? parsed.data : undefined;
  } catch {
    return undefined; // none kept, or not JSON: everything is indexed
  }
}

function filesIn(folder: string): string[] {
  return fs
    .readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(folder, path.join(entry.parentPath, entry.name)))
    .sort();
}

/**
 * Puts the archive shard kept under `key` into `folder`, if the cache holds it whole and as sealed;
 * false if not (then nothing is left in `folder`).
 */
export function keptArchive(cacheDir: string, manifest: Manifest | undefined, key: string, folder: string): boolean {
  const archive = manifest?.archive;
  if (!archive || archive.key !== key) return false;
  const from = path.join(cacheFolder(cacheDir), archive.folder);
  const linkOrCopy = linker();
  try {
    for (const [file, sha256] of Object.entries(archive.files)) {
      linkOrCopy(path.join(from, file), path.join(folder, file));
      if (fileDigest(path.join(folder, file)) !== sha256) throw new Error(`${file} is not the file kept`);
    }
    // Touched, so that a build finishing meanwhile does not take it for an old one and remove it.
    const now = new Date();
    fs.utimesSync(from, now, now);
    return true;
  } catch {
    fs.rmSync(folder, { recursive: true, force: true });
    return false;
  }
}

/**
 * Keeps `pages` and the archive shard in `folder` (under `key`) for the next build; the shard is
 * copied only when this build indexed it (`indexed`), else the kept one stays.
 */
export function saveSearchCache(cacheDir: string, code: string, pages: Manifest["pages"], archive: { key: string; folder: string; indexed: boolean }, last: Manifest | undefined): void {
  const sealing = cacheSeal();
  if ("problem" in sealing) return; // the next build indexes everything, as this one could not keep it
  const dir = cacheFolder(cacheDir);
  fs.mkdirSync(dir, { recursive: true });
  let kept = last?.archive?.key === archive.key && !archive.indexed ? last.archive : undefined;
  if (!kept) {
    // Random as well: two saves in one millisecond (the tests make them) must not share a folder.
    const name = `archive-${Date.now()}-${process.pid}-${randomBytes(4).toString("hex")}`;
    const files: Record<string, string> = {};
    const linkOrCopy = linker();
    for (const file of filesIn(archive.folder)) {
      linkOrCopy(path.join(archive.folder, file), path.join(dir, name, file));
      files[file] = fileDigest(path.join(dir, name, file));
    }
    kept = { key: archive.key, folder: name, files };
  }
  const manifest: Manifest = { version: VERSION, code, pages, archive: kept };
  const written = path.join(dir, `${MANIFEST}.${process.pid}.partial`);
  fs.writeFileSync(written, sealing.seal.close(SEALED_AS, JSON.stringify(manifest)));
  fs.renameSync(written, path.join(dir, MANIFEST));
  for (const other of fs.readdirSync(dir)) {
    if (!/^archive-/.test(other) || other === kept.folder) continue;
    try {
      if (Date.now() - fs.statSync(path.join(dir, other)).mtimeMs > STALE_MS) fs.rmSync(path.join(dir, other), { recursive: true, force: true });
    } catch {
      // Removed by another build meanwhile.
    }
  }
}
