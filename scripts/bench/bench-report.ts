// The tables of BENCHMARKS.md, from the figures `npm run bench` writes to bench-results.json.
// Run on its own (npx tsx scripts/bench/bench-report.ts), it writes BENCHMARKS.md again from that file.
import fs from "node:fs";
import { pathToFileURL } from "node:url";
import type { LighthouseFigures } from "./lighthouse-audit";
import type { PageWeight } from "./page-weight";
import { budget } from "./performance-budget";
import type { ProcessMemory } from "./process-tree-memory";

export const MODES = { stripped: "without the Next.js runtime (default)", kept: "with the Next.js runtime (FRAMEWORK_RUNTIME=keep)" };
export type Mode = keyof typeof MODES;

export interface BuildFigures {
  wallMs: number;
  /** The machine's one-minute load average as the build started: others' work slows it down. */
  loadAverage?: number;
  peakMemoryBytes: number;
  outFiles: number;
  outBytes: number;
  htmlBytes: number;
  /** Social cards: the PNGs the build draws for articles without an image of their own. */
  pngBytes: number;
  /** Seconds per step of \`npm run build\`, from its last line ("Build steps: check 1.1 s, ..."). */
  steps?: Record<string, number>;
  /** The most a first one-word English search downloads (scripts/build/search-index.ts). */
  firstSearchBytes?: number;
  /** The processes at the peak, the largest first (scripts/bench/process-tree-memory.ts). */
  peakProcesses?: ProcessMemory[];
}

/** The steps of a build's log line "Build steps: check 1.1 s, next build 13.7 s, ...". */
export function buildSteps(log: string): Record<string, number> {
  const line = /^Build steps: (.*)\.$/m.exec(log)?.[1] ?? "";
  return Object.fromEntries([...line.matchAll(/([a-z][a-z ]*?) ([\d.]+) s/g)].map(([, step, seconds]) => [step, Number(seconds)]));
}

/**
 * The site in either mode; republished after a one-sentence correction, then after one new article
 * (each keeping the build before it's BUILD_CACHE_DIR and out/); or the framework's floor: a bare
 * Next.js site of as many pages.
 */
export const ARCHIVE_MODES = { stripped: "no runtime", kept: "runtime", edited: "no runtime, edited one", added: "no runtime, added one", floor: "bare Next.js page" };

export interface ArchiveRun extends BuildFigures {
  articles: number;
  mode: keyof typeof ARCHIVE_MODES;
}

export interface PageRun {
  mode: Mode;
  weight: Omit<PageWeight, "files">;
  lighthouse: LighthouseFigures;
}

export interface BenchResults {
  machine: Record<string, string>;
  budget: typeof budget;
  launchArticle: PageRun[];
  archive: ArchiveRun[];
}

/** The build time each article adds, against the next smaller archive built in the same mode. */
function msPerExtraArticle(run: ArchiveRun, archive: ArchiveRun[]): number | undefined {
  const smaller = archive.filter((other) => other.mode === run.mode && other.articles < run.articles).at(-1);
  return smaller && (run.wallMs - smaller.wallMs) / (run.articles - smaller.articles);
}

// The archive sizes the goals are set at.
const GOALS_AT = 5000;
const LARGE = 20000;

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
export const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

export function benchmarksMarkdown({ machine, launchArticle: pages, archive }: BenchResults): string {
  const page = (pick: (run: PageRun) => string) => pages.map(pick).join(" | ");
  return `# Benchmarks

Written by \`npm run bench\` (figures also in \`bench-results.json\`). Times come from one run on a
shared machine: compare ratios within a run, not across machines. Budgets are in
\`scripts/bench/performance-budget.ts\`; the byte budgets are also checked by a test on every CI run.

- Date: ${machine.date}
- Machine: ${machine.cpu}, ${machine.cores} cores, ${machine.memory} memory, ${machine.os}; Node ${machine.node}

## The launch article page

| | ${page((run) => MODES[run.mode])} | budget |
| --- | --- | --- | --- |
| HTML (raw / gzip) | ${page((run) => `${kb(run.weight.html.raw)} / ${kb(run.weight.html.gzip)}`)} | |
| CSS (raw / gzip) | ${page((run) => `${kb(run.weight.css.raw)} / ${kb(run.weight.css.gzip)}`)} | |
| HTML + CSS gzip | ${page((run) => kb(run.weight.html.gzip + run.weight.css.gzip))} | under ${kb(budget.firstLoadGzip)} |
| JS (raw / gzip) | ${page((run) => `${kb(run.weight.js.raw)} / ${kb(run.weight.js.gzip)}`)} | ${kb(budget.jsGzip.stripped)} without the runtime, ${kb(budget.jsGzip.withRuntime)} with it |
| Fonts (raw / gzip) | ${page((run) => `${kb(run.weight.fonts.raw)} / ${kb(run.weight.fonts.gzip)}`)} | under ${kb(budget.fontsGzip)} |
| Requests | ${page((run) => String(run.weight.requests))} | |
| Lighthouse performance / accessibility / best practices / SEO | ${page(({ lighthouse: l }) => `${l.performance} / ${l.accessibility} / ${l.bestPractices} / ${l.seo}`)} | ${budget.lighthouseScore} each |
| LCP / CLS / TBT | ${page(({ lighthouse: l }) => `${l.lcpMs} ms / ${l.cls.toFixed(3)} / ${l.tbtMs} ms`)} | |

Lighthouse: its default mobile settings (simulated slow 4G and a mid-range phone), against the
built site served with gzip on 127.0.0.1.

## Building a synthetic archive

About 700 words an article, with sections, tags from a pool of 150, and timelines linking
earlier articles (\`scripts/bench/synthetic-archive.ts\`), and no image, so the build draws each a
social card (the PNG column). Peak memory is the sum over every process of the build of its
proportional set size (shared memory split between the processes sharing it), sampled every
250 ms. "Per extra article" is against the next smaller archive; "load" is the machine's
one-minute load average as the build started (2 cores: above 2, other work was slowing it).
"Edited one" is \`npm run build\` again right after the cold build, with its \`BUILD_CACHE_DIR\` and
\`OUT_DIR\`, as an editor's redeploy is, after a one-sentence correction to the newest article's
body; "added one" is the next build, after one new article (linking earlier ones, as each does);
every other build starts with nothing kept.
"Bare Next.js page" is \`scripts/bench/framework-floor\`: as many pages of a headline and 700 words, with
nothing else, built by \`next build\` with the site's export settings: what Next.js alone costs here.

| articles | mode | load | wall time | per article | per extra article | peak memory | out/ files | out/ size | HTML | PNG | out/ ÷ HTML |
| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |
${archive
  .map(
    (run) =>
      `| ${run.articles} | ${ARCHIVE_MODES[run.mode]} | ${run.loadAverage?.toFixed(1) ?? ""} | ${(run.wallMs / 1000).toFixed(1)} s | ${(run.wallMs / run.articles).toFixed(1)} ms | ${
        msPerExtraArticle(run, archive)?.toFixed(1).concat(" ms") ?? ""
      } | ${mb(run.peakMemoryBytes)} | ${run.outFiles} | ${mb(run.outBytes)} | ${mb(run.htmlBytes)} | ${mb(run.pngBytes)} | ${(run.outBytes / run.htmlBytes).toFixed(2)} |`,
  )
  .join("\n")}

${stepsTable(archive)}

${searchTable(archive)}

Budget: under ${budget.msPerExtraArticle} ms per extra article; 5,000 articles within ${mb(budget.peakMemoryBytes)}; out/ at
most ${budget.outToHtmlRatio} times its HTML.

${goalsTable(archive)}
`;
}

/** Issue 25's goals (scripts/bench/performance-budget.ts), each against this run's figure, where it built that size. */
function goalsTable(archive: ArchiveRun[]): string {
  const at = (articles: number, mode: ArchiveRun["mode"]) => archive.find((run) => run.articles === articles && run.mode === mode);
  const seconds = (run: ArchiveRun | undefined) => (run ? `${(run.wallMs / 1000).toFixed(1)} s` : "not measured");
  const { goals } = budget;
  const cold = at(GOALS_AT, "stripped");
  const floor = at(GOALS_AT, "floor");
  const runs = archive.filter((run) => run.articles === GOALS_AT && (run.mode === "stripped" || run.mode === "edited" || run.mode === "added"));
  const rows = [
    ["a one-sentence correction republished", seconds(at(GOALS_AT, "edited")), `${goals.editedSeconds} s or less`],
    ["an added story republished", seconds(at(GOALS_AT, "added")), `${goals.addedSeconds} s or less`],
    ["cold build, against the bare Next.js floor", cold && floor ? `${seconds(cold)}, ${(cold.wallMs / floor.wallMs).toFixed(1)} times ${seconds(floor)}` : "not measured", `${goals.coldTimesFloor} times or less`],
    ["peak memory, all processes (the most of these three builds)", runs.length ? mb(Math.max(...runs.map((run) => run.peakMemoryBytes))) : "not measured", `${mb(budget.peakMemoryBytes)} or less`],
    ["a first search downloads", cold?.firstSearchBytes === undefined ? "not measured" : kb(cold.firstSearchBytes), `${kb(goals.firstSearchBytes)} or less`],
  ];
  const largeCold = at(LARGE, "stripped");
  const large = [
    ["cold build's peak memory", largeCold ? mb(largeCold.peakMemoryBytes) : "not measured", `${mb(goals.peakMemoryBytesAt20000)} or less`],
    ["a one-sentence correction republished", seconds(at(LARGE, "edited")), `${goals.editedSecondsAt20000} s or less`],
  ];
  const table = (size: number, lines: string[][]) => `| at ${size.toLocaleString("en")} articles | this run | goal |\n| --- | --- | --- |\n${lines.map((row) => `| ${row.join(" | ")} |`).join("\n")}`;
  return `Goals (issue 25):

${table(GOALS_AT, rows)}

${table(LARGE, large)}
${peakTable(archive)}`;
}

/** Which processes held the memory at each cold build's peak: the step that holds the figure. */
function peakTable(archive: ArchiveRun[]): string {
  const runs = archive.filter((run) => run.mode === "stripped" && run.peakProcesses?.length);
  if (runs.length === 0) return "";
  return `
At each cold build's peak, the processes holding the memory (proportional set size, the largest first):

| articles | peak | processes |
| --- | --- | --- |
${runs.map((run) => `| ${run.articles} | ${mb(run.peakMemoryBytes)} | ${(run.peakProcesses ?? []).map(({ name, bytes }) => `${name} ${mb(bytes)}`).join(", ")} |`).join("\n")}`;
}

/** Search: the index step per article, and what a reader's first search downloads at each size. */
function searchTable(archive: ArchiveRun[]): string {
  const runs = archive.filter((run) => run.firstSearchBytes !== undefined && run.steps?.["search index"] !== undefined);
  if (runs.length === 0) return "";
  const rows = runs.map(
    (run) => `| ${run.articles} | ${ARCHIVE_MODES[run.mode]} | ${(((run.steps?.["search index"] ?? 0) * 1000) / run.articles).toFixed(2)} ms | ${kb(run.firstSearchBytes ?? 0)} |`,
  );
  return `Search (Pagefind): two shards, after the pages: the newest month's stories, indexed by every build, and the archive, kept while what it indexes of its stories is unchanged (scripts/build/search-index.ts).\n\n| articles | mode | index time per article | a first search downloads, at most |\n| --- | --- | --- | --- |\n${rows.join("\n")}`;
}

/** Where each build's time went, per article: the steps \`scripts/build.ts\` times. */
function stepsTable(archive: ArchiveRun[]): string {
  const timed = archive.filter((run) => Object.keys(run.steps ?? {}).length > 0);
  const names = [...new Set(timed.flatMap((run) => Object.keys(run.steps ?? {})))];
  if (names.length === 0) return "";
  const cell = (run: ArchiveRun, name: string) => (run.steps?.[name] === undefined ? "" : `${((run.steps[name] * 1000) / run.articles).toFixed(1)} ms`);
  return `Time per article in each step of the build (\`next build\` compiles the site, about 6 s whatever
its size, then renders every page and social card):

| articles | mode | ${names.join(" | ")} |
| --- | --- | ${names.map(() => "---").join(" | ")} |
${timed.map((run) => `| ${run.articles} | ${ARCHIVE_MODES[run.mode]} | ${names.map((name) => cell(run, name)).join(" | ")} |`).join("\n")}`;
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  // Written by `npm run bench` from these same types.
  const results = JSON.parse(fs.readFileSync("bench-results.json", "utf8")) as BenchResults;
  fs.writeFileSync("BENCHMARKS.md", benchmarksMarkdown(results));
}
