// The pages of the last build, kept in BUILD_CACHE_DIR/pages/ for the next one: each page file kept
// once, named by its SHA-256 (files/), as a hard link to the published one, so keeping it costs no
// space; and a manifest of each page's key (lib/build/page-keys.ts), the SHA-256 of its file, and
// the code's fingerprint (lib/build/code-fingerprint.ts). A build adds the files of the pages it
// rendered, and no others: at 5,000 articles, giving all 10,700 kept files new names in a folder of
// their own (and removing the last build's folder) took a correction 0.8-1.5 s. The manifest is
// written after its files and renamed into place, so a build stopped part-way leaves the last
// complete cache; a manifest that cannot be read, or names a file that is gone, means a full build.
// A kept page is published as it is, so the manifest is sealed (lib/build/cache-seal.ts): a manifest
// without this build's seal means a full build, and a page whose bytes are not the ones listed is
// rendered again.
import fs from "node:fs";
import path from "node:path";
import { z } from "zod";
import { cacheSeal, fileDigest } from "../../lib/build/cache-seal";
import { FINGERPRINT_PARTS, type CodeFingerprint } from "../../lib/build/code-fingerprint";
import { fileOfAddress } from "../../lib/build/page-keys";
import { isRunning } from "./is-running";
import { linker } from "./file-links";

const VERSION = 3;
const MANIFEST = "manifest.json";
const FILES = "files";
// Each build that reads or adds kept files, until it saves: a mark a running build left names a build
// that may still link kept files, so none is removed meanwhile. A mark older than STALE_MS is taken
// for a build that is gone (a process id can be used again).
const PLANNING = /^planning-(\d+)$/;
const STALE_MS = 10 * 60 * 1000;

const manifestSchema = z.object({
  version: z.literal(VERSION),
  fingerprint: z.object({ code: z.string(), packages: z.string(), settings: z.string(), publicFiles: z.string() }),
  /** Address -> its key, and the SHA-256 of the file kept for it. */
  pages: z.record(z.string(), z.object({ key: z.string(), sha256: z.string().regex(/^[\w-]{43}$/) })),
});

type Manifest = z.infer<typeof manifestSchema>;

/**
 * What this build does: everything, and why; or only the pages whose key changed, and those whose
 * kept file is not the one the last build kept (`changed`, rendered too). `digests` holds each kept
 * page's SHA-256, as checked, for the next build's manifest.
 */
export type BuildPlan =
  | { full: true; reason: string }
  | { full: false; render: string[]; keep: string[]; removed: string[]; changed: string[]; digests: Map<string, string>; cacheDir: string };

const pagesDir = (cacheDir: string) => path.join(cacheDir, "pages");
// Hexadecimal, not the manifest's base64url: names differing only in case are one file on some disks.
const keptFile = (cacheDir: string, sha256: string) => path.join(pagesDir(cacheDir), FILES, Buffer.from(sha256, "base64url").toString("hex"));
const planningFile = (cacheDir: string) => path.join(pagesDir(cacheDir), `planning-${process.pid}`);

/** Marks this build as one that links kept files, before it reads which they are. */
function startPlanning(cacheDir: string): void {
  fs.mkdirSync(pagesDir(cacheDir), { recursive: true });
  fs.writeFileSync(planningFile(cacheDir), "");
}

/** This build links no more kept files: run as it saves, or stops. */
export function endPlanning(cacheDir: string): void {
  fs.rmSync(planningFile(cacheDir), { force: true });
}

/** The state of the kept file of `sha256`; one that cannot be read is rendered again, as one changed. */
function keptState(file: string, sha256: string): "intact" | "changed" | "lost" {
  if (!fs.existsSync(file)) return "lost";
  try {
    return fileDigest(file) === sha256 ? "intact" : "changed";
  } catch {
    return "changed";
  }
}

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

/**
 * What the last build kept, each file read and hashed against the manifest; or why nothing kept can
 * be used. The build reads it while the content steps' process checks the content (steps.ts), on
 * the other core: hashing 10,700 kept files takes about 0.4 s at 5,000 articles.
 */
export type KeptPages = { manifest: Manifest; files: ReadonlyMap<string, "intact" | "changed" | "lost">; cacheDir: string } | { reason: string };

/** Reads the kept pages for a build of `fingerprint`; one it cannot read is a reason to build in full. */
export function readKeptPages(cacheDir: string, fingerprint: CodeFingerprint): KeptPages {
  try {
    return keptPagesOf(cacheDir, fingerprint);
  } catch (error) {
    return { reason: `the kept pages could not be read (${error instanceof Error ? error.message : String(error)})` };
  }
}

function keptPagesOf(cacheDir: string, fingerprint: CodeFingerprint): KeptPages {
  // First: a build saving meanwhile then prunes nothing this one may link.
  startPlanning(cacheDir);
  const manifest = readManifest(cacheDir);
  if (typeof manifest === "string") return { reason: manifest };
  const partChanged = (Object.keys(FINGERPRINT_PARTS) as (keyof CodeFingerprint)[]).find((part) => manifest.fingerprint[part] !== fingerprint[part]);
  if (partChanged) return { reason: `${FINGERPRINT_PARTS[partChanged]} changed since the last build` };
  const files = new Map<string, "intact" | "changed" | "lost">();
  for (const { sha256 } of Object.values(manifest.pages)) {
    if (files.has(sha256)) continue;
    files.set(sha256, keptState(keptFile(cacheDir, sha256), sha256));
  }
  return { manifest, files, cacheDir };
}

/** Full or incremental, comparing this build's page keys and fingerprint with the cache's. */
export function planBuild(cacheDir: string, keys: ReadonlyMap<string, string>, fingerprint: CodeFingerprint, forceFull: string | undefined, read?: KeptPages): BuildPlan {
  if (forceFull) return { full: true, reason: forceFull };
  const kept = read ?? readKeptPages(cacheDir, fingerprint);
  if ("reason" in kept) return { full: true, reason: kept.reason };
  const render: string[] = [];
  const keep: string[] = [];
  const changed: string[] = [];
  const digests = new Map<string, string>();
  for (const [address, key] of keys) {
    const page = kept.manifest.pages[address];
    if (page?.key !== key) {
      render.push(address);
      continue;
    }
    const state = kept.files.get(page.sha256);
    if (state === "lost") return { full: true, reason: `the build cache has lost ${address}` };
    if (state === "intact") {
      keep.push(address);
      digests.set(address, page.sha256);
    } else {
      render.push(address);
      changed.push(address);
    }
  }
  return { full: false, render, keep, removed: Object.keys(kept.manifest.pages).filter((address) => !keys.has(address)), changed, digests, cacheDir: kept.cacheDir };
}

/**
 * Links every intact kept page into `staging`, a folder on the disk Next.js exports to, while the
 * content is checked (steps.ts): at 5,000 articles making its 5,700 folders and 10,700 links took
 * 0.4-1 s once Next.js had finished. Returns each staged page's address and its file's SHA-256;
 * where a page cannot be staged (a kept file gone meanwhile, a full disk), `kept` becomes a reason
 * to build in full, as a page planned to be kept but missing would be missing from the site.
 */
export function stageKeptPages(kept: KeptPages, staging: string): { kept: KeptPages; staged: Map<string, string> } {
  const staged = new Map<string, string>();
  if ("reason" in kept) return { kept, staged };
  const link = linker();
  try {
    for (const [address, { sha256 }] of Object.entries(kept.manifest.pages)) {
      if (kept.files.get(sha256) !== "intact") continue;
      link(keptFile(kept.cacheDir, sha256), path.join(staging, fileOfAddress(address)));
      staged.set(address, sha256);
    }
    return { kept, staged };
  } catch (error) {
    fs.rmSync(staging, { recursive: true, force: true });
    return { kept: { reason: `the kept pages could not be linked (${error instanceof Error ? error.message : String(error)})` }, staged: new Map() };
  }
}

/**
 * Makes `building` the site of `plan`: the pages staged in `staging` that it keeps, with Next.js's
 * export in `building` moved over them. Next.js renders a few kept pages anyway (an edition's front
 * page, when a page in its folder is rendered): the page it rendered is the page, as the key is
 * unchanged, and stays. Returns the kept pages published, each with its file's SHA-256.
 */
export function keepUnchangedPages(plan: Extract<BuildPlan, { full: false }>, staged: ReadonlyMap<string, string>, staging: string, building: string): Map<string, string> {
  const keep = new Set(plan.keep);
  const linked = new Map<string, string>();
  for (const [address, sha256] of staged) {
    if (keep.has(address)) linked.set(address, sha256);
    // Rendered again, or gone: its folder goes too when nothing else is in it.
    else removeWithEmptyFolders(staging, fileOfAddress(address));
  }
  const addressOf = new Map([...linked.keys()].map((address) => [path.join(staging, fileOfAddress(address)), address]));
  moveFiles(building, staging, (replaced) => {
    const address = addressOf.get(replaced);
    if (address) linked.delete(address);
  });
  fs.rmSync(building, { recursive: true, force: true });
  fs.renameSync(staging, building);
  return linked;
}

/** Removes `file` in `root`, and each folder above it that it leaves empty. */
function removeWithEmptyFolders(root: string, file: string): void {
  fs.rmSync(path.join(root, file), { force: true });
  for (let folder = path.dirname(file); folder !== "."; folder = path.dirname(folder)) {
    try {
      fs.rmdirSync(path.join(root, folder));
    } catch {
      return; // not empty
    }
  }
}

/** Moves every file in `from` to the same place in `to`, over whatever is there (`replacing` is told of it). */
function moveFiles(from: string, to: string, replacing: (file: string) => void): void {
  for (const entry of fs.readdirSync(from, { withFileTypes: true })) {
    const source = path.join(from, entry.name);
    const target = path.join(to, entry.name);
    if (entry.isDirectory()) {
      fs.mkdirSync(target, { recursive: true });
      moveFiles(source, target, replacing);
      continue;
    }
    if (fs.existsSync(target)) replacing(target);
    fs.renameSync(source, target);
  }
}

/**
 * Keeps the pages of the site just published in `site` for the next build, then forgets the files no
 * page has now. `known` holds the SHA-256 of pages this build took from the cache, checked as it
 * planned: their files are kept already; only the others are read, hashed and added.
 */
export function savePageCache(cacheDir: string, site: string, keys: ReadonlyMap<string, string>, fingerprint: CodeFingerprint, known: ReadonlyMap<string, string> = new Map()): void {
  const sealing = cacheSeal();
  if ("problem" in sealing) return; // the next build is full, saying why
  const dir = pagesDir(cacheDir);
  startPlanning(cacheDir);
  fs.mkdirSync(path.join(dir, FILES), { recursive: true });
  const pages: Manifest["pages"] = {};
  const link = linker();
  for (const [address, key] of keys) {
    let sha256 = known.get(address);
    if (!sha256) {
      const file = path.join(site, fileOfAddress(address));
      sha256 = fileDigest(file);
      const kept = keptFile(cacheDir, sha256);
      // Kept already, but not as this file (a full build's, or one rendered again because the kept
      // one changed): replaced by it, rather than hashed again to tell which.
      if (link(file, kept) === "there already" && fs.statSync(kept).ino !== fs.statSync(file).ino) {
        fs.rmSync(kept);
        link(file, kept);
      }
    }
    pages[address] = { key, sha256 };
  }
  const manifest: Manifest = { version: VERSION, fingerprint, pages };
  const written = path.join(dir, `${MANIFEST}.${process.pid}.partial`);
  fs.writeFileSync(written, sealing.seal.close(SEALED_AS, JSON.stringify(manifest)));
  fs.renameSync(written, path.join(dir, MANIFEST));
  endPlanning(cacheDir);
  forgetUnused(dir, new Set(Object.values(pages).map(({ sha256 }) => path.basename(keptFile(cacheDir, sha256)))));
}

/** Removes the kept files no page of the manifest has, unless a running build planned from an older one. */
function forgetUnused(dir: string, used: ReadonlySet<string>): void {
  let planning = false;
  for (const name of fs.readdirSync(dir)) {
    const pid = Number(PLANNING.exec(name)?.[1]);
    if (!pid) continue;
    const mark = path.join(dir, name);
    if (isRunning(pid) && Date.now() - fs.statSync(mark).mtimeMs < STALE_MS) planning = true;
    else fs.rmSync(mark, { force: true });
  }
  if (planning) return;
  for (const name of fs.readdirSync(path.join(dir, FILES))) if (!used.has(name)) fs.rmSync(path.join(dir, FILES, name), { force: true });
  // What older versions of the build kept: a folder of every page's file for each build.
  for (const name of fs.readdirSync(dir)) if (/^site-/.test(name)) fs.rmSync(path.join(dir, name), { recursive: true, force: true });
}

/** Forgets the kept pages, so the next build is full (this one published pages the cache cannot stand for). */
export function clearPageCache(cacheDir: string): void {
  fs.rmSync(path.join(pagesDir(cacheDir), MANIFEST), { force: true });
}
