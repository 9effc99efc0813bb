// The pages of the last build, kept in BUILD_CACHE_DIR/pages/ for the next one: a folder of the
// page files (hard links to the published ones, so keeping them costs no space) and a manifest of
// each page's key (lib/build/page-keys.ts) and the code's fingerprint (lib/build/code-fingerprint.ts).
// The manifest is written last and renamed into place, so a build stopped part-way leaves the last
// complete cache; a manifest that cannot be read, or names a file that is gone, means a full build.
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { z } from "zod";
import { FINGERPRINT_PARTS, type CodeFingerprint } from "../../lib/build/code-fingerprint";
import { fileOfAddress } from "../../lib/build/page-keys";

const VERSION = 1;
const MANIFEST = "manifest.json";
// A folder another build is still reading from must not go: unreferenced folders are removed only
// once no build has planned from them (planBuild touches its folder) for this long.
const STALE_MS = 10 * 60 * 1000;

const manifestSchema = z.object({
  version: z.literal(VERSION),
  fingerprint: z.object({ code: z.string(), packages: z.string(), settings: z.string(), publicFiles: z.string() }),
  /** The folder beside the manifest that holds the pages. */
  folder: z.string().regex(/^site-[\w-]+$/),
  /** Address -> key. */
  pages: z.record(z.string(), z.string()),
});

type Manifest = z.infer<typeof manifestSchema>;

/** What this build does: everything, and why; or only the pages whose key changed. */
export type BuildPlan =
  | { full: true; reason: string }
  | { full: false; render: string[]; keep: string[]; removed: string[]; folder: string };

const pagesDir = (cacheDir: string) => path.join(cacheDir, "pages");

function readManifest(cacheDir: string): Manifest | string {
  let text: string;
  try {
    text = fs.readFileSync(path.join(pagesDir(cacheDir), MANIFEST), "utf8");
  } catch {
    return "no earlier build is kept in BUILD_CACHE_DIR";
  }
  try {
    const parsed = manifestSchema.safeParse(JSON.parse(text));
    if (parsed.success) return parsed.data;
  } catch {
    // Not JSON: said below.
  }
  return "the build cache is from another version of the build, or damaged";
}

/** Full or incremental, comparing this build's page keys and fingerprint with the cache's. */
export function planBuild(cacheDir: string, keys: ReadonlyMap<string, string>, fingerprint: CodeFingerprint, forceFull: string | undefined): BuildPlan {
  if (forceFull) return { full: true, reason: forceFull };
  const manifest = readManifest(cacheDir);
  if (typeof manifest === "string") return { full: true, reason: manifest };
  const changed = (Object.keys(FINGERPRINT_PARTS) as (keyof CodeFingerprint)[]).find((part) => manifest.fingerprint[part] !== fingerprint[part]);
  if (changed) return { full: true, reason: `${FINGERPRINT_PARTS[changed]} changed since the last build` };
  const folder = path.join(pagesDir(cacheDir), manifest.folder);
  const render: string[] = [];
  const keep: string[] = [];
  for (const [address, key] of keys) (manifest.pages[address] === key ? keep : render).push(address);
  const missing = keep.find((address) => !fs.existsSync(path.join(folder, fileOfAddress(address))));
  if (missing) return { full: true, reason: `the build cache has lost ${missing}` };
  // Touched, so that a build finishing meanwhile does not take it for an old one and remove it.
  const now = new Date();
  fs.utimesSync(folder, now, now);
  return { full: false, render, keep, removed: Object.keys(manifest.pages).filter((address) => !keys.has(address)), folder };
}

/** A hard link where the file system allows one, else a copy: either way a new name, never a write into the old file. */
function linkOrCopy(from: string, to: string): void {
  fs.mkdirSync(path.dirname(to), { recursive: true });
  try {
    fs.linkSync(from, to);
  } catch (error) {
    if (!(error instanceof Error && "code" in error && (error.code === "EXDEV" || error.code === "EPERM"))) throw error;
    fs.copyFileSync(from, to);
  }
}

/**
 * Puts the kept pages of `plan` into `building`, beside the ones Next.js rendered. Next.js renders
 * a few kept pages anyway (an edition's front page, when a page in its folder is rendered): the
 * page it rendered is the page, as the key is unchanged, and stays. Returns the files it put there.
 */
export function keepUnchangedPages(plan: Extract<BuildPlan, { full: false }>, building: string): string[] {
  const linked: string[] = [];
  for (const address of plan.keep) {
    const file = path.join(building, fileOfAddress(address));
    if (fs.existsSync(file)) continue;
    linkOrCopy(path.join(plan.folder, fileOfAddress(address)), file);
    linked.push(file);
  }
  return linked;
}

/** Keeps the pages of the site just published in `site` for the next build, then forgets older ones. */
export function savePageCache(cacheDir: string, site: string, keys: ReadonlyMap<string, string>, fingerprint: CodeFingerprint): void {
  const dir = pagesDir(cacheDir);
  // Random as well: two saves in one millisecond (the tests make them) must not share a folder.
  const name = `site-${Date.now()}-${process.pid}-${randomBytes(4).toString("hex")}`;
  const partial = path.join(dir, `${name}.partial`);
  fs.rmSync(partial, { recursive: true, force: true });
  for (const address of keys.keys()) linkOrCopy(path.join(site, fileOfAddress(address)), path.join(partial, fileOfAddress(address)));
  fs.renameSync(partial, path.join(dir, name));
  const manifest: Manifest = { version: VERSION, fingerprint, folder: name, pages: Object.fromEntries(keys) };
  const written = path.join(dir, `${MANIFEST}.${process.pid}.partial`);
  fs.writeFileSync(written, JSON.stringify(manifest));
  fs.renameSync(written, path.join(dir, MANIFEST));
  for (const other of fs.readdirSync(dir)) {
    const folder = path.join(dir, other);
    if (!/^site-/.test(other) || other === name) continue;
    try {
      if (Date.now() - fs.statSync(folder).mtimeMs > STALE_MS) fs.rmSync(folder, { recursive: true, force: true });
    } catch {
      // Removed by another build meanwhile.
    }
  }
}

/** Forgets the kept pages, so the next build is full (this one published pages the cache cannot stand for). */
export function clearPageCache(cacheDir: string): void {
  fs.rmSync(path.join(pagesDir(cacheDir), MANIFEST), { force: true });
}
