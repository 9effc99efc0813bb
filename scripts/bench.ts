// `npm run bench`: how fast the site builds as the archive grows, and what the launch article
// costs a reader, in both build modes. Writes bench-results.json and BENCHMARKS.md. Times are
// reported, never asserted: compare the ratios within one run, on one machine.
//   npm run bench -- --sizes 100,1000     (or BENCH_SIZES=100,1000; default 100,1000,5000)
import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { lighthouseAudit, type LighthouseFigures } from "./lighthouse-audit";
import { budget } from "./performance-budget";
import { pageWeight, type PageWeight } from "./page-weight";
import { samplePeakMemory } from "./process-tree-memory";
import { writeSyntheticArchive } from "./synthetic-archive";

const LAUNCH_ARTICLE = "/articles/second-anti-taliban-commander-killed-in-iran/";
const MODES = { stripped: "without the Next.js runtime (default)", kept: "with the Next.js runtime (FRAMEWORK_RUNTIME=keep)" };
type Mode = keyof typeof MODES;

const flag = process.argv.indexOf("--sizes");
const sizes = (flag > 0 ? process.argv[flag + 1] : (process.env.BENCH_SIZES ?? "100,1000,5000")).split(",").map(Number);
if (sizes.some((size) => !Number.isInteger(size) || size < 1)) throw new Error(`--sizes: expected counts like 100,1000, found ${sizes.join(",")}`);
const work = fs.mkdtempSync(path.join(os.tmpdir(), "newsroom-bench-"));
// Beside out/, as a real build's is: on another file system, swapping it in would be a copy.
const outFor = (name: string) => path.resolve(`out.bench-${process.pid}-${name}`);

interface BuildFigures {
  wallMs: number;
  peakMemoryBytes: number;
  outFiles: number;
  outBytes: number;
  htmlBytes: number;
  /** Social cards: the PNGs the build draws for articles without an image of their own. */
  pngBytes: number;
}

/** `npm run build` of `contentDir` into a folder of its own, timed and with its peak memory. */
async function build(contentDir: string, mode: Mode, outDir: string): Promise<BuildFigures> {
  const started = performance.now();
  const child = spawn(process.execPath, ["node_modules/tsx/dist/cli.mjs", "scripts/build.ts"], {
    env: { ...process.env, CONTENT_DIR: contentDir, OUT_DIR: outDir, FRAMEWORK_RUNTIME: mode === "kept" ? "keep" : "strip" },
    stdio: ["ignore", "ignore", "pipe"],
  });
  const memory = samplePeakMemory(child.pid!);
  let errors = "";
  child.stderr.on("data", (chunk: Buffer) => (errors += chunk.toString()));
  const status = await new Promise<number | null>((resolve) => child.on("close", resolve));
  const peakMemoryBytes = memory.stop();
  if (status !== 0) throw new Error(`the build of ${contentDir} failed:\n${errors}`);
  const wallMs = performance.now() - started;
  const files = fs.readdirSync(outDir, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile());
  const sizeOf = (entries: fs.Dirent[]) => entries.reduce((total, entry) => total + fs.statSync(path.join(entry.parentPath, entry.name)).size, 0);
  return { wallMs, peakMemoryBytes, outFiles: files.length, outBytes: sizeOf(files), htmlBytes: sizeOf(files.filter((entry) => entry.name.endsWith(".html"))),
    pngBytes: sizeOf(files.filter((entry) => entry.name.endsWith(".png"))),
  };
}

/** Serves `outDir` on 127.0.0.1 (gzip on, as any host does) while `use` runs. */
async function served<T>(outDir: string, use: (origin: string) => Promise<T>): Promise<T> {
  const port = 4600 + Math.floor(Math.random() * 300);
  const server = spawn("node_modules/.bin/serve", [outDir, "--listen", `tcp://127.0.0.1:${port}`, "--no-port-switching", "--no-clipboard"], { stdio: "ignore" });
  try {
    const origin = `http://127.0.0.1:${port}`;
    for (let tries = 0; !(await fetch(origin).then((response) => response.ok, () => false)); tries += 1) {
      if (tries > 100) throw new Error(`serve did not answer on ${origin}`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    return await use(origin);
  } finally {
    server.kill();
  }
}

interface ArchiveRun extends BuildFigures {
  articles: number;
  mode: Mode;
  msPerArticle: number;
  /** Against the smallest archive: the build time each extra article adds. */
  msPerExtraArticle?: number;
}

async function archiveRuns(): Promise<ArchiveRun[]> {
  const runs: ArchiveRun[] = [];
  // The mode comparison is made at 1,000 articles (or the largest size below it): where peers are measured.
  const compareAt = sizes.filter((size) => size <= 1000).at(-1) ?? sizes[0];
  const plan = [...sizes.map((articles) => ({ articles, mode: "stripped" as Mode })), { articles: compareAt, mode: "kept" as Mode }];
  for (const { articles, mode } of plan) {
    const contentDir = path.join(work, `content-${articles}`);
    if (!fs.existsSync(contentDir)) writeSyntheticArchive(contentDir, articles);
    console.log(`Building ${articles} articles ${MODES[mode]}...`);
    const figures = await build(contentDir, mode, outFor(`${articles}-${mode}`));
    fs.rmSync(outFor(`${articles}-${mode}`), { recursive: true, force: true });
    const smallest = runs.find((run) => run.mode === mode);
    runs.push({
      articles,
      mode,
      ...figures,
      msPerArticle: figures.wallMs / articles,
      msPerExtraArticle: smallest && articles > smallest.articles ? (figures.wallMs - smallest.wallMs) / (articles - smallest.articles) : undefined,
    });
  }
  return runs;
}

interface PageRun {
  mode: Mode;
  weight: Omit<PageWeight, "files">;
  lighthouse: LighthouseFigures;
}

async function launchArticleRuns(): Promise<PageRun[]> {
  const runs: PageRun[] = [];
  for (const mode of Object.keys(MODES) as Mode[]) {
    const outDir = outFor(`launch-${mode}`);
    console.log(`Building the real content ${MODES[mode]}, and running Lighthouse...`);
    await build(path.resolve("content"), mode, outDir);
    const { html, css, js, fonts, requests } = pageWeight(outDir, LAUNCH_ARTICLE);
    runs.push({ mode, weight: { html, css, js, fonts, requests }, lighthouse: await served(outDir, async (origin) => lighthouseAudit(`${origin}${LAUNCH_ARTICLE}`)) });
  }
  return runs;
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

function markdown(machine: Record<string, string>, archive: ArchiveRun[], pages: PageRun[]): string {
  const mode = (name: Mode) => (name === "stripped" ? "no runtime" : "runtime");
  const page = (pick: (run: PageRun) => string) => pages.map(pick).join(" | ");
  return `# Benchmarks

Written by \`npm run bench\` (figures also in \`bench-results.json\`). Times come from one run on a
shared machine: compare ratios within a run, not across machines. Budgets are in
\`scripts/performance-budget.ts\`; the byte budgets are also checked by a test on every CI run.

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
earlier articles (\`scripts/synthetic-archive.ts\`), and no image, so the build draws each a
social card (the PNG column). Peak memory is the sum over every process of the build of its
proportional set size (shared memory split between the processes sharing it), sampled every
250 ms.

| articles | mode | wall time | per article | per extra article | peak memory | out/ files | out/ size | HTML | PNG | out/ ÷ HTML |
| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |
${archive
  .map(
    (run) =>
      `| ${run.articles} | ${mode(run.mode)} | ${(run.wallMs / 1000).toFixed(1)} s | ${run.msPerArticle.toFixed(1)} ms | ${
        run.msPerExtraArticle === undefined ? "" : `${run.msPerExtraArticle.toFixed(1)} ms`
      } | ${mb(run.peakMemoryBytes)} | ${run.outFiles} | ${mb(run.outBytes)} | ${mb(run.htmlBytes)} | ${mb(run.pngBytes)} | ${(run.outBytes / run.htmlBytes).toFixed(2)} |`,
  )
  .join("\n")}

Budget: under ${budget.msPerExtraArticle} ms per extra article; 5,000 articles within ${mb(budget.peakMemoryBytes)}; out/ at
most ${budget.outToHtmlRatio} times its HTML.
`;
}

const machine = {
  date: new Date().toISOString(),
  cpu: os.cpus()[0]?.model ?? "unknown",
  cores: String(os.cpus().length),
  memory: mb(os.totalmem()),
  os: `${os.type()} ${os.release()}`,
  node: process.version,
};
async function main() {
  try {
    const pages = await launchArticleRuns();
    const archive = await archiveRuns();
    fs.writeFileSync("bench-results.json", `${JSON.stringify({ machine, budget, launchArticle: pages, archive }, null, 2)}\n`);
    fs.writeFileSync("BENCHMARKS.md", markdown(machine, archive, pages));
    console.log(markdown(machine, archive, pages));
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
    for (const mode of Object.keys(MODES)) fs.rmSync(outFor(`launch-${mode}`), { recursive: true, force: true });
  }
}

void main();
