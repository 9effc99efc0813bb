// `npm run check`: every article checked, every problem printed, nothing built. The build runs
// the same check first.
import { pathToFileURL } from "node:url";
import { checkContent, type Article, type ArticleStatus } from "../lib/articles";
import { formatProblem, isWarning, sortProblems, summarize } from "../lib/problems";

function describeArticles(articles: Article[]): string {
  const count = (status: ArticleStatus) => articles.filter((article) => article.status === status).length;
  return `${articles.length} article${articles.length === 1 ? "" : "s"} (${count("published")} to publish, ${count("draft")} drafts, ${count("scheduled")} scheduled)`;
}

/** Prints every problem, then one summary line; true when nothing stops publishing. */
export function reportContent(): boolean {
  const { articles, problems } = checkContent();
  for (const problem of sortProblems(problems)) console.error(formatProblem(problem));
  const errors = problems.filter((problem) => !isWarning(problem)).length;
  const verdict = errors > 0 ? "fix the errors to publish." : problems.length > 0 ? "warnings do not stop the build." : "ready to publish.";
  console.log(`Checked ${describeArticles(articles)}: ${summarize(problems)}; ${verdict}`);
  return errors === 0;
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) process.exit(reportContent() ? 0 : 1);
