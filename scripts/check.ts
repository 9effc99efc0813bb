// `npm run check`: every article checked, every problem printed, nothing built. The build runs
// the same check first, as `check.ts --snapshot FILE`, which also saves the checked content for
// Next.js's build processes; in a process of its own, whose memory is given back before they start.
import { pathToFileURL } from "node:url";
import type { Article, ArticleStatus } from "../lib/content/article";
import { assembleArticles, checkAcross, checkFile, checkNewsroom, defaultLocation, readContentFiles } from "../lib/pipeline";
import { count, formatProblem, isWarning, sortProblems, summarize, type ContentProblem } from "../lib/content/problems";
import { saveSnapshot } from "../lib/build/snapshot";

function describeArticles(files: number, articles: Article[]): string {
  const withStatus = (status: ArticleStatus) => articles.filter((article) => article.status === status).length;
  // Files that could not be loaded are counted too: they are what the errors are about.
  return `${count(files, "article")} (${withStatus("published")} to publish, ${count(withStatus("draft"), "draft")}, ${withStatus("scheduled")} scheduled)`;
}

/** Prints every problem, then one summary line; true when nothing stops publishing. */
function reportContent(files: number, articles: Article[], problems: ContentProblem[]): boolean {
  for (const problem of sortProblems(problems)) console.error(formatProblem(problem));
  const errors = problems.filter((problem) => !isWarning(problem)).length;
  const verdict = errors > 0 ? "fix the errors to publish." : problems.length > 0 ? "warnings do not stop the build." : "ready to publish.";
  console.log(`Checked ${describeArticles(files, articles)}: ${summarize(problems)}; ${verdict}`);
  return errors === 0;
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const flag = process.argv.indexOf("--snapshot");
  const snapshot = flag === -1 ? undefined : process.argv[flag + 1];
  if (flag !== -1 && !snapshot) throw new Error("--snapshot: name the file to save the checked content in");
  const now = Date.now();
  const read = readContentFiles(defaultLocation);
  const checked = read.files.map(checkFile);
  const newsroom = checkNewsroom(read.newsroom);
  const problems = [...read.problems, ...checked.flatMap((file) => file.problems), ...checkAcross(checked, defaultLocation.publicDir), ...newsroom.problems];
  const publishable = reportContent(read.files.length, assembleArticles(checked, now), problems);
  if (publishable && snapshot) saveSnapshot(snapshot, checked, newsroom, now);
  process.exit(publishable ? 0 : 1);
}
