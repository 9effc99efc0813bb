// `npm run status`: where every story stands, by file, for an editor deciding what to do next:
// drafts, scheduled stories (with the moment each goes out, in the newsroom's time zone), stories
// published since the last build (on the site only once it is built again), and files with problems.
import path from "node:path";
import { pathToFileURL } from "node:url";
import { buildCacheDir } from "../lib/build/cache";
import { compareRecords, publishedRecord, readLastBuild } from "../lib/build/last-build";
import { config } from "../lib/config";
import type { Article } from "../lib/content/article";
import { goesOut } from "../lib/content/moments";
import { count, formatProblem, isWarning, sortProblems, type ContentProblem } from "../lib/content/problems";
import { defaultLocation, readContent } from "../lib/pipeline";

const fileOf = (slug: string) => path.relative(process.cwd(), path.join(defaultLocation.contentDir, "articles", `${slug}.md`));

function section(heading: string, lines: string[]): string[] {
  return lines.length === 0 ? [] : [`${heading}:`, ...lines.map((line) => `  ${line}`), ""];
}

function statusReport(articles: Article[], problems: ContentProblem[], lastBuild: Record<string, string> | undefined, timeZone: string): string {
  const withStatus = (status: Article["status"]) => articles.filter((article) => article.status === status);
  const drafts = withStatus("draft").map((article) => `${fileOf(article.slug)}: "${article.title}"`);
  const scheduled = withStatus("scheduled")
    .reverse()
    .map((article) => `${fileOf(article.slug)}: goes out ${goesOut(article, timeZone)}`);
  const changes = lastBuild && compareRecords(lastBuild, publishedRecord(articles));
  const due = changes
    ? [
        ...changes.added.map((slug) => `${fileOf(slug)}: new`),
        ...changes.updated.map((slug) => `${fileOf(slug)}: changed`),
        ...changes.removed.map((slug) => `${fileOf(slug)}: no longer published (a draft, moved back or deleted)`),
      ]
    : [];
  const errors = problems.filter((problem) => !isWarning(problem));
  const lines = [
    ...section(`Drafts (${drafts.length})`, drafts),
    ...section(`Scheduled (${scheduled.length})`, scheduled),
    ...(changes
      ? section(`Since the last build (${due.length}), on the site once it is built again`, due)
      : ["No earlier build is recorded here, so every published story goes out with the next one.", ""]),
    ...section(`Problems (${count(errors.length, "error")}, ${count(problems.length - errors.length, "warning")})`, sortProblems(problems).map(formatProblem)),
  ];
  const published = withStatus("published").length;
  lines.push(`${published} published, ${count(drafts.length, "draft")}, ${scheduled.length} scheduled.`);
  return lines.join("\n");
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const { articles, problems } = readContent(defaultLocation, Date.now());
  console.log(statusReport(articles, problems, readLastBuild(buildCacheDir()), config.timeZone));
}
