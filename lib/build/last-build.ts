// What the last build published, kept in the build cache: each published story's slug and a
// fingerprint of everything its page is made from. The build compares it with what it publishes
// now to say what changed ("Published 1 new story, updated 2, removed 1"), and `npm run status`
// to say which stories are due to go out at the next build.
import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { z } from "zod";
import type { Article } from "../content/article";
import { readJsonRecord } from "./json-record";

const FILE = "last-build.json";
export const publishedRecordSchema = z.record(z.string(), z.string());

/** Slug -> fingerprint, for the published articles among `articles` (as assembled, before linking). */
export type PublishedRecord = z.infer<typeof publishedRecordSchema>;

export function publishedRecord(articles: readonly Article[]): PublishedRecord {
  return Object.fromEntries(
    articles
      .filter((article) => article.status === "published")
      .map((article) => [article.slug, createHash("sha256").update(JSON.stringify(article)).digest("hex").slice(0, 16)]),
  );
}

/** The last build's record, or undefined when there is none (a first build, or a cache not kept). */
export function readLastBuild(cacheDir: string): PublishedRecord | undefined {
  return readJsonRecord(path.join(cacheDir, FILE), publishedRecordSchema);
}

export function saveLastBuild(cacheDir: string, record: PublishedRecord): void {
  fs.mkdirSync(cacheDir, { recursive: true });
  fs.writeFileSync(path.join(cacheDir, FILE), JSON.stringify(record));
}

export interface Changes {
  added: string[];
  updated: string[];
  removed: string[];
}

/** What `next` publishes that `previous` did not, or differently, and what it no longer does. */
export function compareRecords(previous: PublishedRecord, next: PublishedRecord): Changes {
  const slugs = (record: PublishedRecord) => Object.keys(record).sort();
  return {
    added: slugs(next).filter((slug) => !(slug in previous)),
    updated: slugs(next).filter((slug) => slug in previous && previous[slug] !== next[slug]),
    removed: slugs(previous).filter((slug) => !(slug in next)),
  };
}

const stories = (n: number) => `${n} ${n === 1 ? "story" : "stories"}`;

/** "Published 1 new story, updated 2 stories, removed 1 story" (what happened, only), or "No story changed". */
export function describeChanges({ added, updated, removed }: Changes): string {
  const parts = [
    added.length > 0 && `published ${added.length} new ${added.length === 1 ? "story" : "stories"}`,
    updated.length > 0 && `updated ${stories(updated.length)}`,
    removed.length > 0 && `removed ${stories(removed.length)}`,
  ].filter((part): part is string => typeof part === "string");
  if (parts.length === 0) return "No story changed";
  const sentence = parts.join(", ");
  return sentence[0].toUpperCase() + sentence.slice(1);
}
