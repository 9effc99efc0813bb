// `npm run status`: where every story stands, by file, for an editor deciding what to do next:
// drafts (a draft with errors among them), scheduled stories (with the moment each goes out, in
// the newsroom's time zone), stories changed since the last build (on the site only once it is
// built again), files with problems, and the warnings stories accept. `npm run status -- --by "Maryam Ahmadi"` lists one
// reporter's stories: drafts, scheduled and published.
import path from "node:path";
import { pathToFileURL } from "node:url";
import { buildCacheDir } from "../lib/build/cache";
import { compareRecords, publishedRecord, readLastBuild } from "../lib/build/last-build";
import { config } from "../lib/config";
import type { Article } from "../lib/content/article";
import { acceptedWarnings } from "../lib/content/accepted-warnings";
import { goesOut } from "../lib/content/moments";
import { count, formatProblem, isWarning, sortProblems, type ContentProblem } from "../lib/content/problems";
import { defaultLocation, readContent, type Content } from "../lib/pipeline";

const fileOf = (slug: string) => path.relative(process.cwd(), path.join(defaultLocation.contentDir, "articles", `${slug}.md`));

function section(heading: string, lines: string[]): string[] {
  return lines.length === 0 ? [] : [`${heading}:`, ...lines.map((line) => `  ${line}`), ""];
}

const withStatus = (articles: readonly Article[], status: Article["status"]) => articles.filter((article) => article.status === status);
const drafted = (article: Article) => `${fileOf(article.slug)}: "${article.title}"`;
const scheduledLines = (articles: readonly Article[], timeZone: string) =>
  withStatus(articles, "scheduled")
    .reverse()
    .map((article) => `${fileOf(article.slug)}: goes out ${goesOut(article, timeZone)}`);

type StatusContent = Pick<Content, "articles" | "problems" | "draftsWithErrors">;

function statusReport({ articles, problems, draftsWithErrors }: StatusContent, lastBuild: Record<string, string> | undefined, timeZone: string): string {
  const drafts = [...withStatus(articles, "draft").map(drafted), ...draftsWithErrors.map((file) => `${file}: has errors (under Problems)`)];
  const scheduled = scheduledLines(articles, timeZone);
  const changes = lastBuild && compareRecords(lastBuild, publishedRecord(articles));
  const due = changes
    ? [
        ...changes.added.map((slug) => `${fileOf(slug)}: new`),
        ...changes.updated.map((slug) => `${fileOf(slug)}: changed`),
        ...changes.removed.map((slug) => `${fileOf(slug)}: no longer published (a draft, moved back or deleted)`),
      ]
    : [];
  const errors = problems.filter((problem) => !isWarning(problem));
  const accepted = acceptedWarnings(articles).map(({ slug, warnings }) => `${fileOf(slug)}: ${warnings.join(", ")}`);
  const lines = [
    ...section(`Drafts (${drafts.length})`, drafts),
    ...section(`Scheduled (${scheduled.length})`, scheduled),
    ...(changes
      ? section(`Changed since the last build (${count(due.length, "story", "stories")}), on the site once it is built again`, due)
      : ["No earlier build is recorded here, so every published story goes out with the next one.", ""]),
    ...section(`Problems (${count(errors.length, "error")}, ${count(problems.length - errors.length, "warning")})`, sortProblems(problems).map(formatProblem)),
    // Said here once, as check and build no longer print them: an accepted warning is not forgotten.
    ...section(`Warnings accepted (${accepted.length}), not printed by check or build`, accepted),
  ];
  const published = withStatus(articles, "published").length;
  lines.push(`${published} published, ${count(drafts.length, "draft")}, ${scheduled.length} scheduled.`);
  return lines.join("\n");
}

const sameName = (a: string, b: string) => a.localeCompare(b, undefined, { sensitivity: "base" }) === 0;

/** One reporter's stories, by the name in their bylines: drafts, scheduled and published. */
function reporterReport(articles: readonly Article[], reporter: string, timeZone: string): string {
  const theirs = articles.filter((article) => article.byline.some((name) => sameName(name, reporter.trim())));
  if (theirs.length === 0) {
    const names = [...new Set(articles.flatMap((article) => article.byline))].sort();
    return `No story has ${reporter} in its byline.${names.length > 0 ? ` The bylines are: ${names.join(", ")}.` : ""}`;
  }
  const published = withStatus(theirs, "published").map((article) => `${fileOf(article.slug)}: "${article.title}", ${article.publishedAt}`);
  const drafts = withStatus(theirs, "draft").map(drafted);
  const scheduled = scheduledLines(theirs, timeZone);
  return [
    `Stories by ${theirs[0].byline.find((name) => sameName(name, reporter.trim()))}:`,
    "",
    ...section(`Drafts (${drafts.length})`, drafts),
    ...section(`Scheduled (${scheduled.length})`, scheduled),
    ...section(`Published (${published.length})`, published),
  ]
    .join("\n")
    .trimEnd();
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const content = readContent(defaultLocation, Date.now());
  const by = process.argv.indexOf("--by");
  if (by >= 0 && !process.argv[by + 1]) {
    console.error('Name the reporter: npm run status -- --by "Maryam Ahmadi"');
    process.exit(1);
  }
  console.log(by >= 0 ? reporterReport(content.articles, process.argv[by + 1], config.timeZone) : statusReport(content, readLastBuild(buildCacheDir()), config.timeZone));
}
