// `npm run check`: every article checked, every problem printed, nothing built. The build runs
// the same check first (checkContent, in its content steps' process, scripts/build/content-steps.ts),
// which also saves the checked content for Next.js's build processes; `check.ts --snapshot FILE`
// runs that check by hand.
import { pathToFileURL } from "node:url";
import type { Article, ArticleStatus } from "../lib/content/article";
import { assembleArticles, blockingErrors, defaultLocation, errorsIn, readContentFiles } from "../lib/pipeline";
import { findProblems } from "../lib/find-problems";
import { draftsWithErrors, heldBackFiles } from "../lib/content/held-back";
import { count, formatProblem, sortProblems, summarize, type ContentProblem } from "../lib/content/problems";
import { loadSnapshot, saveSnapshot } from "../lib/build/snapshot";
import { cachedArticleCheck } from "../lib/build/check-cache";
import { config } from "../lib/config";
import { goesOut } from "../lib/content/moments";

function describeArticles(files: number, articles: Article[], draftsWithErrors: number): string {
  const withStatus = (status: ArticleStatus) => articles.filter((article) => article.status === status).length;
  // Files that could not be loaded are counted too: they are what the errors are about.
  return `${count(files, "article")} (${withStatus("published")} to publish, ${count(withStatus("draft") + draftsWithErrors, "draft")}, ${withStatus("scheduled")} scheduled)`;
}

/** Prints every problem, then one summary line; true when nothing stops publishing. */
function reportContent(files: number, articles: Article[], problems: ContentProblem[], heldBack: ReadonlySet<string>, draftsWithErrors: number): boolean {
  for (const problem of sortProblems(problems)) console.error(formatProblem(problem));
  const errors = errorsIn(problems).length;
  const blocking = blockingErrors(problems, heldBack).length;
  const held = new Set(errorsIn(problems).filter((problem) => heldBack.has(problem.file)).map((problem) => problem.file)).size;
  const verdict =
    blocking > 0
      ? "fix the errors to publish."
      : errors > 0
        ? `the errors are in ${count(held, "draft or scheduled story", "drafts or scheduled stories")}, which ${held === 1 ? "is" : "are"} left out until fixed; the rest is ready to publish.`
        : problems.length > 0
          ? "warnings do not stop the build."
          : "ready to publish.";
  console.log(`Checked ${describeArticles(files, articles, draftsWithErrors)}: ${summarize(problems)}; ${verdict}`);
  for (const article of articles.filter(({ status }) => status === "scheduled").reverse()) {
    console.log(`  scheduled: ${article.slug}.md goes out ${goesOut(article, config.timeZone)}`);
  }
  return blocking === 0;
}

/** What the check found publishable, as loadSnapshot loads it back (lib/build/snapshot.ts). */
export type PublishableContent = Omit<ReturnType<typeof loadSnapshot>, "problems">;

/**
 * Checks every file, prints every problem and the verdict, and, when nothing stops publishing and
 * `snapshot` names a file, saves the checked content there for the build, and gives it back.
 */
export async function checkContent(snapshot?: string): Promise<{ publishable: boolean; content?: PublishableContent }> {
  const now = Date.now();
  // Each file's result is kept between checks: a check costs what the files changed since the last one cost.
  const cache = cachedArticleCheck();
  const { read, checked, newsroom, problems } = await findProblems(readContentFiles(defaultLocation), defaultLocation.publicDir, now, config.timeZone, cache.check);
  const articles = assembleArticles(checked, now);
  const publishable = reportContent(read.files.length, articles, problems, heldBackFiles(checked, now, config.timeZone), draftsWithErrors(checked).length);
  if (publishable && snapshot) saveSnapshot(snapshot, checked, newsroom, now, config.timeZone);
  // Only what this check used is kept; a margin for file systems that keep modification times to the second or two.
  cache.keep({ since: now - 2_000 });
  // The articles the snapshot holds (those with an article have a source), assembled as of the same moment in the same zone.
  return { publishable, ...(publishable && snapshot && { content: { articles, authors: newsroom.authors, pages: newsroom.pages } }) };
}

async function main(): Promise<void> {
  const flag = process.argv.indexOf("--snapshot");
  const snapshot = flag === -1 ? undefined : process.argv[flag + 1];
  if (flag !== -1 && !snapshot) throw new Error("--snapshot: name the file to save the checked content in");
  process.exit((await checkContent(snapshot)).publishable ? 0 : 1);
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) void main();
