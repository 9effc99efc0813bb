// The build cache is a speed-up, never a source of truth: whoever can write BUILD_CACHE_DIR (a CI
// cache shared between branches, a folder copied from elsewhere) must not decide what a page says or
// what code the build runs. So what the build keeps there, it keeps sealed: an HMAC-SHA256 under a
// key kept outside the cache, BUILD_CACHE_SECRET or else a key made once for this user in their
// config folder (mode 0600). What does not carry this key's seal is taken for absent and made again.
import { createHash, createHmac, randomBytes, timingSafeEqual } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { threadId } from "node:worker_threads";
import { readConfig } from "../config";

export interface CacheSeal {
  /** The seal of `parts`, kept as `kind` (each kind of kept thing is sealed apart from the others). */
  of(kind: string, ...parts: (string | Uint8Array)[]): Buffer;
  /** Whether `seal` is the seal of `parts` as `kind`. */
  matches(seal: Uint8Array, kind: string, ...parts: (string | Uint8Array)[]): boolean;
  /** `text` with its seal on a first line, to be written to the cache. */
  close(kind: string, text: string): string;
  /** The text `sealed` keeps, if its first line is its seal as `kind`; undefined if not. */
  open(kind: string, sealed: string): string | undefined;
}

/** The seal, or why there is none (the key could not be read or made): then nothing kept is used. */
export type CacheSealOrProblem = { seal: CacheSeal } | { problem: string };

const KEY_BYTES = 32;

/** Where the key is kept when BUILD_CACHE_SECRET is not set. */
export function keyFile(): string {
  return path.join(process.env.XDG_CONFIG_HOME || path.join(os.homedir(), ".config"), "newsroom", "build-cache.key");
}

let made: { for: string; result: CacheSealOrProblem } | undefined;

/** The seal of this build's key; made once a process (each part of the build reads the same key). */
export function cacheSeal(): CacheSealOrProblem {
  const file = keyFile();
  // Asked for each drawing: the settings are read (0.3 ms) only when the variables they come from change.
  const settings = JSON.stringify([process.env.BUILD_CACHE_SECRET, process.env.BUILD_CACHE_DIR, file]);
  if (made?.for !== settings) {
    const { BUILD_CACHE_SECRET, BUILD_CACHE_DIR } = readConfig();
    const key = BUILD_CACHE_SECRET === undefined ? fileKey(file, BUILD_CACHE_DIR) : { key: Buffer.from(BUILD_CACHE_SECRET) };
    made = { for: settings, result: "problem" in key ? key : { seal: sealWith(key.key) } };
  }
  return made.result;
}

function sealWith(key: Buffer): CacheSeal {
  const of = (kind: string, ...parts: (string | Uint8Array)[]) => {
    const hmac = createHmac("sha256", key).update(kind);
    // Each part's length first: no two lists of parts are sealed alike.
    for (const part of parts) hmac.update(`\0${Buffer.byteLength(part)}\0`).update(part);
    return hmac.digest();
  };
  const matches = (seal: Uint8Array, kind: string, ...parts: (string | Uint8Array)[]) => {
    const expected = of(kind, ...parts);
    return seal.length === expected.length && timingSafeEqual(seal, expected);
  };
  return {
    of,
    matches,
    close: (kind, text) => `${of(kind, text).toString("base64url")}\n${text}`,
    open: (kind, sealed) => {
      const end = sealed.indexOf("\n");
      const text = sealed.slice(end + 1);
      return end > 0 && matches(Buffer.from(sealed.slice(0, end), "base64url"), kind, text) ? text : undefined;
    },
  };
}

/** The key in `file`, made if there is none; a sentence saying why not, if it cannot be. */
function fileKey(file: string, cacheDir: string): { key: Buffer } | { problem: string } {
  const inCache = path.relative(cacheDir, file);
  if (!inCache.startsWith("..") && !path.isAbsolute(inCache)) {
    return { problem: `the build cache's key would be kept inside BUILD_CACHE_DIR (${file}), where whoever can change the cache could read it: set BUILD_CACHE_DIR to another folder, or set BUILD_CACHE_SECRET` };
  }
  try {
    if (!fs.existsSync(file)) makeKey(file);
    const key = fs.readFileSync(file);
    if (key.length >= KEY_BYTES) return { key };
    return { problem: `the build cache's key in ${file} is damaged: remove the file, and the next build makes a new one` };
  } catch (error) {
    return { problem: `the build cache's key could not be read or made in ${file} (${error instanceof Error ? error.message : String(error)}): set BUILD_CACHE_SECRET, or make that folder writable` };
  }
}

/** Writes a new key to `file`, readable by this user only; a key another process made first is kept. */
function makeKey(file: string): void {
  fs.mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 });
  const partial = `${file}.${process.pid}-${threadId}.partial`;
  fs.writeFileSync(partial, randomBytes(KEY_BYTES).toString("hex"), { mode: 0o600 });
  try {
    // A link fails if the name is taken: two builds starting at once both end up with the first one's key.
    fs.linkSync(partial, file);
  } catch (error) {
    if (!(error instanceof Error && "code" in error && error.code === "EEXIST")) throw error;
  } finally {
    fs.rmSync(partial, { force: true });
  }
}

/** The SHA-256 of a file's bytes, as sealed manifests list them. */
export function fileDigest(file: string): string {
  return createHash("sha256").update(fs.readFileSync(file)).digest("base64url");
}
