// The pages of the last build, kept in BUILD_CACHE_DIR/pages/ for the next one: a folder of the
// page files (hard links to the published ones, so keeping them costs no space) and a manifest of
// each page's key (lib/build/page-keys.ts) and the code's fingerprint (lib/build/code-fingerprint.ts).
// The manifest is written last and renamed into place, so a build stopped part-way leaves the last
// complete cache; a manifest that cannot be read, or names a file that is gone, means a full build.
// A kept page is published as it is, so the manifest is sealed (lib/build/cache-seal.ts) and lists
// each file's SHA-256: a manifest without this build's seal means a full build, and a page whose
// bytes are not the ones listed is rendered again.
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { z } from "zod";
import { cacheSeal, fileDigest } from "../../lib/build/cache-seal";
import { FINGERPRINT_PARTS, type CodeFingerprint } from "../../lib/build/code-fingerprint";
import { fileOfAddress } from "../../lib/build/page-keys";
import { linker } from "./file-links";

const VERSION = 2;
const MANIFEST = "manifest.json";
// A folder another build is still reading from must not go: unreferenced folders are removed only
// once no build has planned from them (planBuild touches its folder) for this long.
const STALE_MS = 10 * 60 * 1000;

const manifestSchema = z.object({
  version: z.literal(VERSION),
  fingerprint: z.object({ code: z.string(), packages: z.string(), settings: z.string(), publicFiles: z.string() }),
  /** The folder beside the manifest that holds the pages. */
  folder: z.string().regex(/^site-[\w-]+$/),
  /** Address -> its key, and the SHA-256 of the file kept for it. */
  pages: z.record(z.string(), z.object({ key: z.string(), sha256: z.string() })),
});

type Manifest = z.infer<typeof manifestSchema>;

/**
 * What this build does: everything, and why; or only the pages whose key changed, and those whose
 * kept file is not the one the last build kept (`changed`, rendered too). `digests` holds each kept
 * page's SHA-256, as checked, for the next build's manifest.
 */
export type BuildPlan =
  | { full: true; reason: string }
  | { full: false; render: string[]; keep: string[]; removed: string[]; changed: string[]; folder: string; digests: Map<string, string> };

const pagesDir = (cacheDir: string) => path.join(cacheDir, "pages");

const SEALED_AS = "pages";

function readManifest(cacheDir: string): Manifest | string {
  const sealing = cacheSeal();
  if ("problem" in sealing) return sealing.problem;
  let sealed: string;
  try {
    sealed = fs.readFileSync(path.join(pagesDir(cacheDir), MANIFEST), "utf8");
  } catch {
    return "no earlier build is kept in BUILD_CACHE_DIR";
  }
  const text = sealing.seal.open(SEALED_AS, sealed);
  if (text === undefined) return "the kept pages do not carry this build's seal (kept by an older version of the build, made on another machine, or changed since)";
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
  const partChanged = (Object.keys(FINGERPRINT_PARTS) as (keyof CodeFingerprint)[]).find((part) => manifest.fingerprint[part] !== fingerprint[part]);
  if (partChanged) return { full: true, reason: `${FINGERPRINT_PARTS[partChanged]} changed since the last build` };
  const folder = path.join(pagesDir(cacheDir), manifest.folder);
  const render: string[] = [];
  const keep: string[] = [];
  const changed: string[] = [];
  const digests = new Map<string, string>();
  for (const [address, key] of keys) {
    const kept = manifest.pages[address];
    if (kept?.key !== key) {
      render.push(address);
      continue;
    }
    const file = path.join(folder, fileOfAddress(address));
    if (!fs.existsSync(file)) return { full: true, reason: `the build cache has lost ${address}` };
    const digest = fileDigest(file);
    if (digest === kept.sha256) {
      keep.push(address);
      digests.set(address, digest);
    } else {
      render.push(address);
      changed.push(address);
    }
  }
  // Touched, so that a build finishing meanwhile does not take it for an old one and remove it.
  const now = new Date();
  fs.utimesSync(folder, now, now);
  return { full: false, render, keep, removed: Object.keys(manifest.pages).filter((address) => !keys.has(address)), changed, folder, digests };
}

/**
 * Puts the kept pages of `plan` into `building`, beside the ones Next.js rendered. Next.js renders
 * a few kept pages anyway (an edition's front page, when a page in its folder is rendered): the
 * page it rendered is the page, as the key is unchanged, and stays. Returns the addresses of the
 * pages it put there, each with its file's SHA-256.
 */
export function keepUnchangedPages(plan: Extract<BuildPlan, { full: false }>, building: string): Map<string, string> {
  const linked = new Map<string, string>();
  const link = linker();
  for (const address of plan.keep) {
    if (link(path.join(plan.folder, fileOfAddress(address)), path.join(building, fileOfAddress(address))) === "there already") continue;
    const digest = plan.digests.get(address);
    if (digest) linked.set(address, digest);
  }
  return linked;
}

/**
 * Keeps the pages of the site just published in `site` for the next build, then forgets older ones.
 * `known` holds the SHA-256 of pages this build took from the cache, checked as it planned: only
 * the others are read to be hashed.
 */
export function savePageCache(cacheDir: string, site: string, keys: ReadonlyMap<string, string>, fingerprint: CodeFingerprint, known: ReadonlyMap<string, string> = new Map()): void {
  const sealing = cacheSeal();
  if ("problem" in sealing) return; // the next build is full, saying why
  const dir = pagesDir(cacheDir);
  // Random as well: two saves in one millisecond (the tests make them) must not share a folder.
  const name = `site-${Date.now()}-${process.pid}-${randomBytes(4).toString("hex")}`;
  const partial = path.join(dir, `${name}.partial`);
  fs.rmSync(partial, { recursive: true, force: true });
  const pages: Manifest["pages"] = {};
  const link = linker();
  for (const [address, key] of keys) {
    const file = path.join(partial, fileOfAddress(address));
    link(path.join(site, fileOfAddress(address)), file);
    pages[address] = { key, sha256: known.get(address) ?? fileDigest(file) };
  }
  fs.renameSync(partial, path.join(dir, name));
  const manifest: Manifest = { version: VERSION, fingerprint, folder: name, pages };
  const written = path.join(dir, `${MANIFEST}.${process.pid}.partial`);
  fs.writeFileSync(written, sealing.seal.close(SEALED_AS, JSON.stringify(manifest)));
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
