// `next build` compiles the site (Turbopack) and then renders its pages. The compile depends only on
// the code, so it is kept in BUILD_CACHE_DIR/next-compile/ and an incremental build of the same code
// has Next.js only render (`--experimental-build-mode=generate`): at 1,000 articles an edit's
// `next build` then takes 6-7 s instead of about 25 s, 17.5 s of which was the compile.
//
// Next.js works in the project's .next whatever distDir says when it exports (getBuildDistDir in
// next/dist/export/utils.js): the compile is copied from there after `--experimental-build-mode=compile`
// and copied back before a generate. One compile is kept for each project folder, named after the
// fingerprint of what made it.
//
// A compile is of the code alone: the content, the settings Next.js reads as it renders and the
// files of PUBLIC_DIR reach the pages only in the generate step (tests/build/incremental-build.test.ts
// renders other content and settings from a kept compile and compares with a build that compiled).
// So a full build whose code is unchanged (new settings, a lost page cache) renders from it too;
// only `--full`, which trusts nothing kept, compiles again.
//
// A kept compile is code the build runs. So it is kept with a sealed list of its files (their
// SHA-256) and links (their targets), lib/build/cache-seal.ts, and used only if it is exactly that.
import { createHash, randomBytes } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { cacheSeal, fileDigest } from "../../lib/build/cache-seal";
import type { CodeFingerprint } from "../../lib/build/code-fingerprint";
import type { Config } from "../../lib/config";
import { renamed } from "./file-links";
import { isRunning } from "./is-running";

const KEPT = "next-compile";
// Next.js's own state in .next, which its clean keeps too (next/dist/build/index.js, "clean"): not
// part of a compile.
const NEXT_STATE = new Set(["cache", "dev", "diagnostics", "lock", "trace", "trace-build"]);
// In generate mode Next.js does not clear .next, and its export require()s this manifest before
// rendering and again after writing it anew, getting the stale first copy from require's cache: it
// then copies no page into the export. Without the file the first require fails and is not cached.
const STALE_MANIFEST = "prerender-manifest.json";

const dotNext = (project: string) => path.join(project, ".next");
const keptDir = (cacheDir: string) => path.join(cacheDir, KEPT);

const hash = (value: unknown, length: number) => createHash("sha256").update(JSON.stringify(value)).digest("base64url").slice(0, length);

/**
 * The name of a compile: the project's folder, since .next links packages in it (node_modules/sharp-<hash>)
 * and the copy keeps those links as absolute paths (a relative link would break when a host copies the
 * cache); then what the compile is made of: the code, the packages and the variables Next.js writes
 * into it, so that a change to any of them compiles again.
 */
export function compileKey(project: string, { code, packages }: CodeFingerprint, { compiledIn }: Pick<Config, "compiledIn">): string {
  return `${projectPart(project)}.${hash({ code, packages, compiledIn }, 24)}`;
}

/** The first part of the names of `project`'s compiles. */
export const projectPart = (project: string) => hash(project, 8);

const KEPT_NAME = /^([\w-]{8})\.[\w-]{24}$/;
const PARTIAL = /^([\w-]{8})\.[\w-]{24}\.(\d+)\.partial$/;

/** The compile kept for `key`, if there is one. */
export function keptCompile(cacheDir: string, key: string): string | undefined {
  const dir = path.join(keptDir(cacheDir), key);
  return fs.existsSync(dir) ? dir : undefined;
}

// In the kept folder, beside the compile's files: renamed into place with them, never copied into .next.
const SEAL = "newsroom-compile.seal";
const sealedAs = (key: string) => `next-compile ${key}`;

/** Every folder, file (its SHA-256) and link (its target) in `dir` but the seal, one a line: what the seal is of. */
function listing(dir: string): string {
  return fs
    .readdirSync(dir, { recursive: true, withFileTypes: true })
    .map((entry) => {
      const file = path.join(entry.parentPath, entry.name);
      return { entry, file, relative: path.relative(dir, file) };
    })
    .filter(({ relative }) => relative !== SEAL)
    .map(({ entry, file, relative }) => {
      if (entry.isSymbolicLink()) return JSON.stringify(["link", relative, fs.readlinkSync(file)]);
      if (entry.isDirectory()) return JSON.stringify(["folder", relative]);
      if (entry.isFile()) return JSON.stringify(["file", relative, fileDigest(file)]);
      return JSON.stringify(["other", relative]);
    })
    .sort()
    .join("\n");
}

/** Whether the compile in `kept` is the one a build of this key sealed: every file and link as it was, none added. */
export function compileIsSealed(kept: string, key: string): boolean {
  const sealing = cacheSeal();
  if ("problem" in sealing) return false;
  try {
    return sealing.seal.open(sealedAs(key), fs.readFileSync(path.join(kept, SEAL), "utf8")) === listing(kept);
  } catch {
    return false; // no seal, or a folder that cannot be read
  }
}

// Where the last build's files in .next are moved to be removed: inside Next.js's cache, which its
// own clean keeps, so that the two never remove the same files at once.
const removingDir = (project: string) => path.join(dotNext(project), "cache", "removing");
const REMOVING = /^(\d+)-[0-9a-f]{8}$/;
// The folders this process is removing: a killed build's folder can carry the same process id.
const removingNow = new Set<string>();

/** `dir` made if need be; false if it is anything but a real folder (a link could lead out of .next). */
function realFolder(dir: string): boolean {
  try {
    fs.mkdirSync(dir, { recursive: true });
    return fs.lstatSync(dir).isDirectory();
  } catch {
    return false;
  }
}

/**
 * Moves the last build's files out of .next, leaving Next.js's own state, and removes them while the
 * build goes on (the build's process ends once they are gone). After a full build they are every
 * page it rendered: removing them first took about 15 s of the next build at 5,000 articles. What a
 * killed build was removing is removed too. Where they cannot be moved (a cache that is a link, or on
 * another file system) they are removed at once.
 */
export function clearDotNext(project: string): void {
  const dir = dotNext(project);
  if (!fs.existsSync(dir)) return;
  const removing = removingDir(project);
  const mine = path.join(removing, `${process.pid}-${randomBytes(4).toString("hex")}`);
  const movable = realFolder(path.dirname(removing)) && realFolder(removing) && realFolder(mine);
  for (const name of fs.readdirSync(dir)) {
    if (!NEXT_STATE.has(name) && !(movable && renamed(path.join(dir, name), path.join(mine, name)))) fs.rmSync(path.join(dir, name), { recursive: true, force: true });
  }
  if (!movable) return;
  for (const name of fs.readdirSync(removing)) {
    const pid = Number(REMOVING.exec(name)?.[1]);
    const folder = path.join(removing, name);
    // Only folders named as this function names them; another running build's are its own to remove.
    if (!pid || removingNow.has(folder) || (pid !== process.pid && isRunning(pid))) continue;
    removingNow.add(folder);
    // One that cannot be removed now is left to the next build.
    fs.promises
      .rm(folder, { recursive: true, force: true })
      .catch(() => undefined)
      .finally(() => removingNow.delete(folder));
  }
}

const isCompileFile = (source: string, root: string) => {
  const relative = path.relative(root, source);
  return relative === "" || (!NEXT_STATE.has(relative.split(path.sep)[0]) && relative !== STALE_MANIFEST);
};

/** Puts the kept compile in .next, in place of whatever the last build left there; false if it cannot be copied. */
export function restoreCompile(project: string, kept: string): boolean {
  clearDotNext(project);
  try {
    fs.cpSync(kept, dotNext(project), { recursive: true, filter: (source) => source !== path.join(kept, SEAL) });
    return true;
  } catch {
    return false;
  }
}

/** Run before every `--experimental-build-mode=generate` (STALE_MANIFEST says why). */
export function readyToGenerate(project: string): void {
  fs.rmSync(path.join(dotNext(project), STALE_MANIFEST), { force: true });
}

/**
 * Copies the compile just made in .next to a folder beside the kept one (`<key>.<pid>.partial`), to be
 * kept by keepCompile once the build is published; returns that folder, or undefined when it cannot
 * be written (a full disk): the build goes on, and the next one compiles again.
 */
export function copyCompile(project: string, cacheDir: string, key: string): string | undefined {
  const sealing = cacheSeal();
  if ("problem" in sealing) return undefined; // nothing kept could be told from something planted: the plan said why
  const partial = path.join(keptDir(cacheDir), `${key}.${process.pid}.partial`);
  try {
    fs.rmSync(partial, { recursive: true, force: true });
    fs.cpSync(dotNext(project), partial, { recursive: true, filter: (source) => isCompileFile(source, dotNext(project)) });
    fs.writeFileSync(path.join(partial, SEAL), sealing.seal.close(sealedAs(key), listing(partial)));
    return partial;
  } catch (error) {
    fs.rmSync(partial, { recursive: true, force: true });
    console.log(`Next.js's compile could not be kept for the next build: ${error instanceof Error ? error.message : String(error)}`);
    return undefined;
  }
}

/** Removes a kept compile that did not restore or render: the next build of the same code compiles again. */
export function forgetCompile(kept: string): void {
  fs.rmSync(kept, { recursive: true, force: true });
}

/**
 * Keeps the compile copied to `partial` in place of the project's other compiles, for the next build
 * of the same code; removes the partial copies of the project's builds that were killed (their
 * process is gone). Other projects' compiles are theirs: the tests' builds of several projects share
 * one folder of compiles.
 */
export function keepCompile(partial: string): void {
  const dir = path.dirname(partial);
  const [project, code] = path.basename(partial).split(".");
  for (const name of fs.readdirSync(dir)) {
    const partOf = PARTIAL.exec(name);
    // Another project's compile, or a running build's partial copy, is its own to keep or remove;
    // what is named otherwise (an older build's compile) is no one's.
    const owner = KEPT_NAME.exec(name)?.[1] ?? partOf?.[1];
    const running = partOf && isRunning(Number(partOf[2]));
    if (path.join(dir, name) !== partial && (owner === undefined || (owner === project && !running))) fs.rmSync(path.join(dir, name), { recursive: true, force: true });
  }
  fs.renameSync(partial, path.join(dir, `${project}.${code}`));
}
