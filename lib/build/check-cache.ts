// Checking an article file (its YAML parsed, its fields held to the contract, its body rendered)
// is most of what the content check costs: about 2 ms a file, 11 s at 5,000 articles, for every
// build, though a correction changes one file. So each file's result is kept in the build cache,
// found by a hash of everything that result is a function of: the file's bytes, its name as the
// messages print it, the code that checks it (all of lib/, package-lock.json, Node's version) and
// the settings that code reads (the site's address decides which body links leave the site).
// What depends on the other files (the checks across files; the free name a badly named file is
// told to take) or on the clock (what is published by now) is never kept: it is worked out on
// every check, from these results.
import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { isDeepStrictEqual } from "node:util";
import { threadId } from "node:worker_threads";
import { z } from "zod";
import { checkArticleFile, type CheckedFile } from "../content/article-file";
import { parseArticleSource, type ParsedSource } from "../content/parse";
import type { ContentProblem } from "../content/problems";
import { frontmatterSchema, SLUG } from "../content/schema";
import { bodySectionSchema } from "../render/markdown";
import { config } from "../config";
import { buildCacheDir, pruneBuildCache } from "./cache";

// The cache's folder for these results. Entries are named <hash>.bin, the name pruneBuildCache
// keeps and prunes, so the results are tidied as the drawings are.
const KIND = "checked";

const LIB = fileURLToPath(new URL("..", import.meta.url));

const problemSchema = z.object({
  file: z.string(),
  line: z.number().optional(),
  field: z.string().optional(),
  message: z.string(),
  severity: z.enum(["error", "warning"]).optional(),
}) satisfies z.ZodType<ContentProblem>;

// A CheckedFile without what can be had again for less than keeping it: the frontmatter as the
// contract reads it (from `data`, through the contract itself) and where each field was written.
const entrySchema = z.object({
  key: z.string(),
  problems: z.array(problemSchema),
  // The body is the end of the file's text: its length is enough to have it again.
  source: z.object({ data: z.record(z.string(), z.unknown()), bodyLength: z.number(), bodyLine: z.number(), warnings: z.array(problemSchema) }).optional(),
  saysDraft: z.literal(true).optional(),
  article: z.object({ slug: z.string(), sections: z.array(bodySectionSchema) }).optional(),
});
type Entry = z.infer<typeof entrySchema>;

/**
 * A hash of the code that checks a file, and of what it reads besides the file; undefined when
 * that cannot be told (no package-lock.json), and then nothing is kept.
 */
export function checkCodeFingerprint(): string | undefined {
  const lock = path.join(LIB, "..", "package-lock.json");
  if (!fs.existsSync(lock)) return undefined;
  const hash = createHash("sha256").update(fs.readFileSync(lock));
  const sources = fs.readdirSync(LIB, { recursive: true, encoding: "utf8" }).filter((name) => name.endsWith(".ts")).sort();
  for (const name of sources) hash.update(`\0${name}\0`).update(fs.readFileSync(path.join(LIB, name)));
  const { siteName, tagline, siteUrl, timeZone, frontPageStories } = config;
  return hash.update(JSON.stringify([process.version, siteName, tagline, siteUrl, timeZone, frontPageStories])).digest("hex");
}

export interface CheckCacheOptions {
  /** Tests give their own, to stand for a change of code. */
  fingerprint?: string;
  /** The check whose results are kept. */
  check?: typeof checkArticleFile;
}

/** checkArticleFile, taking each result an earlier check kept for the same inputs, and keeping the new ones. */
export function cachedArticleCheck({ fingerprint = checkCodeFingerprint(), check = checkArticleFile }: CheckCacheOptions = {}): typeof checkArticleFile {
  if (fingerprint === undefined) return check;
  const folder = path.join(buildCacheDir(), KIND);
  // Listed once: looking for each file's entry one by one costs a failed open for each new file.
  const kept = keptEntries(folder);
  return (file, name, bytes, others) => {
    // A name that is no slug is told the free name to take, which depends on the folder's other names.
    if (!name.endsWith(".md") || !SLUG.test(name.slice(0, -".md".length))) return check(file, name, bytes, others);
    const key = createHash("sha256").update(JSON.stringify([fingerprint, file, name])).update(bytes).digest("hex");
    const entryFile = path.join(folder, `${key}.bin`);
    const entry = kept.has(`${key}.bin`) ? readEntry(entryFile, key) : undefined;
    const found = entry && toChecked(entry, file, bytes);
    if (found) return found;
    const checked = check(file, name, bytes, others);
    keep(entryFile, key, checked, bytes);
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

function readEntry(entryFile: string, key: string): Entry | undefined {
  let text: string;
  try {
    text = fs.readFileSync(entryFile, "utf8");
  } catch {
    return undefined; // not checked before, or unreadable: checked again
  }
  const entry = parseEntry(text, key);
  if (entry) {
    try {
      // Touched, so that pruneCheckCache knows this check used it.
      const now = new Date();
      fs.utimesSync(entryFile, now, now);
    } catch {
      // A read-only cache keeps what it has.
    }
  }
  return entry;
}

function parseEntry(text: string, key: string): Entry | undefined {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return undefined; // cut short or overwritten: checked again
  }
  const entry = entrySchema.safeParse(json);
  // The key inside as well as in the name: a file copied or renamed in the cache is not taken for another.
  return entry.success && entry.data.key === key ? entry.data : undefined;
}

// Problems as JSON carries them: a `line: undefined` is no line.
const plain = ({ file, line, field, message, severity }: ContentProblem): ContentProblem => ({
  file,
  ...(line !== undefined && { line }),
  ...(field !== undefined && { field }),
  message,
  ...(severity !== undefined && { severity }),
});

const utf8 = new TextDecoder("utf-8", { fatal: true });

/** The entry for a result; undefined if its body is not the end of the file's text, and so could not be had again. */
function toEntry(key: string, { problems, source, saysDraft, article }: CheckedFile, bytes: Uint8Array): Entry | undefined {
  if (source && !utf8.decode(bytes).endsWith(source.body)) return undefined;
  return {
    key,
    problems: problems.map(plain),
    ...(source && { source: { data: source.data, bodyLength: source.body.length, bodyLine: source.bodyLine, warnings: source.warnings.map(plain) } }),
    ...(saysDraft && { saysDraft }),
    ...(article && { article: { slug: article.slug, sections: article.sections } }),
  };
}

/** The CheckedFile an entry stands for; undefined if the contract no longer reads its fields as it did. */
function toChecked({ problems, source, saysDraft, article }: Entry, file: string, bytes: Uint8Array): CheckedFile | undefined {
  const checked: CheckedFile = { file, problems, ...(saysDraft && { saysDraft }) };
  if (source) {
    const { bodyLength, ...rest } = source;
    const text = utf8.decode(bytes);
    if (bodyLength > text.length) return undefined;
    checked.source = { ...rest, body: text.slice(text.length - bodyLength), lineOf: linesReadAgain(file, text) };
  }
  if (article) {
    const frontmatter = source && frontmatterSchema.safeParse(source.data);
    if (!frontmatter?.success) return undefined;
    checked.article = { slug: article.slug, frontmatter: frontmatter.data, sections: article.sections };
  }
  return checked;
}

// Where each field was written is asked for only to point at a problem found across files, which
// few files have: rather than keep every position, the file's YAML is read again when one is asked.
function linesReadAgain(file: string, text: string): ParsedSource["lineOf"] {
  let lineOf: ParsedSource["lineOf"] | undefined;
  return (fieldPath) => {
    if (!lineOf) {
      const parsed = parseArticleSource(file, text);
      lineOf = parsed.ok ? parsed.source.lineOf : () => undefined;
    }
    return lineOf(fieldPath);
  };
}

function keep(entryFile: string, key: string, checked: CheckedFile, bytes: Uint8Array): void {
  try {
    const entry = toEntry(key, checked, bytes);
    if (!entry) return;
    const text = JSON.stringify(entry);
    // Kept only if it reads back as it was: frontmatter JSON cannot carry (a field named
    // __proto__, a list that holds itself through YAML aliases) is checked again each time.
    if (!isDeepStrictEqual(parseEntry(text, entry.key), entry)) return;
    // Written whole, then renamed: a check running beside this one never reads half an entry.
    const partial = `${entryFile}.${process.pid}-${threadId}.partial`;
    fs.writeFileSync(partial, text);
    fs.renameSync(partial, entryFile);
  } catch {
    // A cache that cannot be written (a read-only disk) only costs the next check the time.
  }
}
