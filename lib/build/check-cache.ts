// Checking an article file (its YAML parsed, its fields held to the contract, its body rendered)
// is most of what the content check costs: about 2 ms a file, 11 s at 5,000 articles, for every
// build, though a correction changes one file. So each file's result is kept in the build cache,
// found by a hash of everything that result is a function of: the file's bytes, its name as the
// messages print it, and what checks it (lib/build/code-fingerprint.ts: lib/, the packages, Node's
// version and the site's settings; the site's address decides which body links leave the site).
// What depends on the other files (the checks across files; the free name a badly named file is
// told to take) or on the clock (what is published by now) is never kept: it is worked out on
// every check, from these results. An entry is taken back only with its seal (lib/build/cache-seal.ts):
// it holds the body's HTML, which reaches the pages and the feeds, and nothing looks at it again.
// The entries are kept in 16 files by their key's first digit, each sealed whole: at 5,000 articles
// a check opens 16 files and 16 seals rather than 5,000 of each, and a correction rewrites two.
import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { threadId } from "node:worker_threads";
import { checkArticleFile, type CheckedFile } from "../content/article-file";
import { isRecord } from "../content/records";
import { SLUG } from "../content/schema";
import { config } from "../config";
import { buildCacheDir, pruneBuildCache } from "./cache";
import { cacheSeal, type CacheSeal } from "./cache-seal";
import { checkFingerprint } from "./code-fingerprint";
import { checkedFromEntry, keptEntry } from "./check-entry";

// The cache's folder for these results. Its files are named *.bin, the name pruneBuildCache keeps
// and prunes, so that a file no check used (and half-written ones a stopped check left) is tidied.
const KIND = "checked";

// __dirname, not import.meta: the desk's browser tests start the desk in their own process, which
// Playwright compiles as CommonJS.
const PROJECT = path.resolve(__dirname, "../..");

export interface CheckCacheOptions {
  /** Tests give their own, to stand for a change of code. */
  fingerprint?: string;
  /** The check whose results are kept. */
  check?: typeof checkArticleFile;
  /** The build cache to keep them in, BUILD_CACHE_DIR's if none: desks started side by side in one process (the browser tests') each keep their own. */
  cacheDir?: string;
}

export interface CachedCheck {
  /** checkArticleFile, taking each result an earlier check kept for the same inputs. */
  check: typeof checkArticleFile;
  /**
   * Keeps this check's new results for the next. With `prune`, the cache is left holding only the
   * results this check used, and the files in its folder no check used since `prune.since` go.
   */
  keep(prune?: { since: number }): void;
}

// Sealed apart from anything else kept: a file of this kind is only ever taken for one.
const SEALED_AS = "checked results";

// One file of entries, as read: what is kept in it by key, and what this check used and added.
interface Shard {
  file: string;
  /** Undefined when the file could not be taken (absent, damaged or not sealed): it is written anew if need be. */
  kept: Map<string, unknown> | undefined;
  used: Set<string>;
  added: Map<string, unknown>;
}

/** checkArticleFile with its results kept between checks; call keep() once the check is done. */
export function cachedArticleCheck({ fingerprint = checkFingerprint(PROJECT, config), check = checkArticleFile, cacheDir = buildCacheDir() }: CheckCacheOptions = {}): CachedCheck {
  const sealing = cacheSeal();
  // Without a key nothing kept can be told from something planted: every file is checked (the build says why).
  if (fingerprint === undefined || "problem" in sealing) {
    return {
      check,
      keep: (prune) => {
        if (prune) pruneBuildCache(KIND, prune.since, cacheDir);
      },
    };
  }
  const { seal } = sealing;
  const folder = path.join(cacheDir, KIND);
  const shards = new Map<string, Shard>();
  let said = false;
  const shardOf = (key: string): Shard => {
    const name = `results-${key[0]}.bin`;
    let shard = shards.get(name);
    if (!shard) {
      const file = path.join(folder, name);
      const kept = readShard(seal, file);
      if (kept === "not sealed" && !said) {
        said = true;
        console.log(
          "Some check results kept in the build cache do not carry this build's seal (kept by an older version of the build, made on another machine, or changed since): those files are checked again.",
        );
      }
      shard = { file, kept: kept === "not sealed" ? undefined : kept, used: new Set(), added: new Map() };
      shards.set(name, shard);
    }
    return shard;
  };
  return {
    check: (file, name, bytes, others) => {
      // A name that is no slug is told the free name to take, which depends on the folder's other names.
      if (!name.endsWith(".md") || !SLUG.test(name.slice(0, -".md".length))) return check(file, name, bytes, others);
      const key = createHash("sha256").update(JSON.stringify([fingerprint, file, name])).update(bytes).digest("hex");
      const shard = shardOf(key);
      const kept = shard.kept?.get(key);
      const found = kept === undefined ? undefined : checkedFromEntry(kept, file, bytes);
      if (found) {
        shard.used.add(key);
        return found;
      }
      const checked = check(file, name, bytes, others);
      const entry = keptEntry(checked, bytes);
      if (entry) shard.added.set(key, entry);
      return checked;
    },
    keep: (prune) => {
      for (const shard of shards.values()) writeShard(seal, shard, prune !== undefined);
      if (prune) pruneBuildCache(KIND, prune.since, cacheDir);
    },
  };
}

/** The entries kept in `file` by key; undefined if there is none to read or it is damaged, "not sealed" if it is not this build's. */
function readShard(seal: CacheSeal, file: string): Map<string, unknown> | "not sealed" | undefined {
  let text: string | undefined;
  try {
    text = seal.open(SEALED_AS, fs.readFileSync(file, "utf8"));
  } catch {
    return undefined; // not written yet, or unreadable: its files are checked again
  }
  if (text === undefined) return "not sealed";
  try {
    const entries: unknown = JSON.parse(text);
    // Each entry is read through its schema only when its file is checked: those of other code or other files never are.
    return isRecord(entries) ? new Map(Object.entries(entries)) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Writes `shard` again if it gained entries, or, with `pruned`, if some went unused; else marks it
 * used, for pruneBuildCache. Written whole, then renamed: a check running beside this one never
 * reads half a file (and of two writing at once, the last one's file stands, whole).
 */
function writeShard(seal: CacheSeal, { file, kept, used, added }: Shard, pruned: boolean): void {
  const stays = [...(kept ?? [])].filter(([key]) => (pruned ? used.has(key) : !added.has(key)));
  if (added.size > 0 || stays.length < (kept?.size ?? 0)) {
    try {
      fs.mkdirSync(path.dirname(file), { recursive: true });
      const partial = `${file}.${process.pid}-${threadId}.partial`;
      fs.writeFileSync(partial, seal.close(SEALED_AS, JSON.stringify(Object.fromEntries([...stays, ...added]))));
      fs.renameSync(partial, file);
      return;
    } catch {
      // A cache that cannot be written (a read-only disk) only costs the next check the time.
    }
  }
  // A file nothing was taken from is left untouched, and pruned.
  if (kept && used.size > 0) {
    try {
      const now = new Date();
      fs.utimesSync(file, now, now);
    } catch {
      // Read-only: kept as it is.
    }
  }
}
