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
import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { threadId } from "node:worker_threads";
import { checkArticleFile, type CheckedFile } from "../content/article-file";
import { SLUG } from "../content/schema";
import { config } from "../config";
import { buildCacheDir, pruneBuildCache } from "./cache";
import { cacheSeal, type CacheSeal } from "./cache-seal";
import { checkFingerprint } from "./code-fingerprint";
import { checkedFromEntry, entryText } from "./check-entry";

// The cache's folder for these results. Entries are named <hash>.bin, the name pruneBuildCache
// keeps and prunes, so the results are tidied as the drawings are.
const KIND = "checked";

// __dirname, not import.meta: the desk's browser tests start the desk in their own process, which
// Playwright compiles as CommonJS.
const PROJECT = path.resolve(__dirname, "../..");

export interface CheckCacheOptions {
  /** Tests give their own, to stand for a change of code. */
  fingerprint?: string;
  /** The check whose results are kept. */
  check?: typeof checkArticleFile;
}

/** checkArticleFile, taking each result an earlier check kept for the same inputs, and keeping the new ones. */
export function cachedArticleCheck({ fingerprint = checkFingerprint(PROJECT, config), check = checkArticleFile }: CheckCacheOptions = {}): typeof checkArticleFile {
  const sealing = cacheSeal();
  // Without a key nothing kept can be told from something planted: every file is checked (the build says why).
  if (fingerprint === undefined || "problem" in sealing) return check;
  const { seal } = sealing;
  const folder = path.join(buildCacheDir(), KIND);
  // Listed once: looking for each file's entry one by one costs a failed open for each new file.
  const kept = keptEntries(folder);
  let said = false;
  return (file, name, bytes, others) => {
    // A name that is no slug is told the free name to take, which depends on the folder's other names.
    if (!name.endsWith(".md") || !SLUG.test(name.slice(0, -".md".length))) return check(file, name, bytes, others);
    const key = createHash("sha256").update(JSON.stringify([fingerprint, file, name])).update(bytes).digest("hex");
    const entryFile = path.join(folder, `${key}.bin`);
    const found = kept.has(`${key}.bin`) ? readEntry(seal, entryFile, key, file, bytes) : undefined;
    if (found === "not sealed" && !said) {
      said = true;
      console.log(
        "Some check results kept in the build cache do not carry this build's seal (kept by an older version of the build, made on another machine, or changed since): those files are checked again.",
      );
    }
    if (found && found !== "not sealed") return found;
    const checked = check(file, name, bytes, others);
    keep(seal, entryFile, key, checked, bytes);
    return checked;
  };
}

/** Removes the results no check used since `since`: those of files since changed, renamed or removed. */
export function pruneCheckCache(since: number): number {
  return pruneBuildCache(KIND, since);
}

/** The names in the cache's folder, made if need be; none if it cannot be made or read. */
function keptEntries(folder: string): Set<string> {
  try {
    fs.mkdirSync(folder, { recursive: true });
    return new Set(fs.readdirSync(folder));
  } catch {
    return new Set(); // a read-only disk, or a file where the folder would go: every file is checked
  }
}

/** The result kept in `entryFile`; undefined if there is none to read, or it is damaged or another's. */
function readEntry(seal: CacheSeal, entryFile: string, key: string, file: string, bytes: Uint8Array): CheckedFile | "not sealed" | undefined {
  let text: string | undefined;
  try {
    text = seal.open(KIND, fs.readFileSync(entryFile, "utf8"));
  } catch {
    return undefined; // not checked before, or unreadable: checked again
  }
  if (text === undefined) return "not sealed";
  const checked = checkedFromEntry(text, key, file, bytes);
  if (checked) {
    try {
      // Touched, so that pruneCheckCache knows this check used it.
      const now = new Date();
      fs.utimesSync(entryFile, now, now);
    } catch {
      // A read-only cache keeps what it has.
    }
  }
  return checked;
}

function keep(seal: CacheSeal, entryFile: string, key: string, checked: CheckedFile, bytes: Uint8Array): void {
  try {
    const text = entryText(key, checked, bytes);
    if (text === undefined) return;
    // Written whole, then renamed: a check running beside this one never reads half an entry.
    const partial = `${entryFile}.${process.pid}-${threadId}.partial`;
    fs.writeFileSync(partial, seal.close(KIND, text));
    fs.renameSync(partial, entryFile);
  } catch {
    // A cache that cannot be written (a read-only disk) only costs the next check the time.
  }
}
