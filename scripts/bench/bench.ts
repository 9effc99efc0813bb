// `npm run bench`: how fast the site builds as the archive grows, and what the launch article
// costs a reader, in both build modes. Writes bench-results.json and BENCHMARKS.md. Times are
// reported, never asserted: compare the ratios within one run, on one machine.
//   npm run bench -- --sizes 100,1000     (or BENCH_SIZES=100,1000; default 100,1000,5000)
//   BENCH_PORT=4310 npm run bench          serves the built site on that port for Lighthouse
//   npx tsx scripts/bench/bench-report.ts       writes BENCHMARKS.md again from bench-results.json
import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { benchmarksMarkdown, buildSteps, mb, MODES, type ArchiveRun, type BenchResults, type BuildFigures, type Mode, type PageRun } from "./bench-report";
import { lighthouseAudit } from "./lighthouse-audit";
import { budget } from "./performance-budget";
import { pageWeight } from "./page-weight";
import { samplePeakMemory } from "./process-tree-memory";
import { nginxConfigPath } from "../build/nginx-config";
import { firstSearchBytes } from "../build/search-index";
import { addOneArticle, editOneArticle, undoArchiveEdits, writeSyntheticArchive } from "./synthetic-archive";

const LAUNCH_ARTICLE = "/articles/second-anti-taliban-commander-killed-in-iran/";

const flag = process.argv.indexOf("--sizes");
const sizes = (flag > 0 ? process.argv[flag + 1] : (process.env.BENCH_SIZES ?? "100,1000,5000")).split(",").map(Number);
if (sizes.some((size) => !Number.isInteger(size) || size < 1)) throw new Error(`--sizes: expected counts like 100,1000, found ${sizes.join(",")}`);
const work = fs.mkdtempSync(path.join(os.tmpdir(), "newsroom-bench-"));
// Beside out/, as a real build's is: on another file system, swapping it in would be a copy.
const outFor = (name: string) => path.resolve(`out.bench-${process.pid}-${name}`);
// A build's output is a link, the versions beside it (scripts/build/publish.ts) and its nginx
// configuration (scripts/build/nginx-config.ts): all go, once the versions the last build retired
// are removed (their remover renames folders as it claims them, which a removal beside it trips on).
async function removeSite(outDir: string): Promise<void> {
  for (let waited = 0; fs.existsSync(path.join(`${outDir}.versions`, ".removing")) && waited < 120; waited += 1) await new Promise((resolve) => setTimeout(resolve, 500));
  for (const file of [outDir, `${outDir}.versions`, nginxConfigPath(outDir)]) fs.rmSync(file, { recursive: true, force: true, maxRetries: 5 });
}

/**
 * `npm run build` of `contentDir` into `outDir`, timed and with its peak memory. It starts with
 * nothing kept (lib/build/cache.ts) unless given an earlier build's cache and out/.
 */
function build(contentDir: string, mode: Mode, outDir: string, cacheDir = fs.mkdtempSync(path.join(work, "cache-"))): Promise<BuildFigures> {
  const env = { CONTENT_DIR: contentDir, OUT_DIR: outDir, FRAMEWORK_RUNTIME: mode === "kept" ? "keep" : "strip", BUILD_CACHE_DIR: cacheDir };
  return measured(["node_modules/tsx/dist/cli.mjs", "scripts/build.ts", "--local"], env, outDir);
}

// A bare Next.js site (scripts/bench/framework-floor) of `pages` pages: what Next.js alone costs here.
const FLOOR = path.resolve("scripts/bench/framework-floor");
function floorBuild(pages: number): Promise<BuildFigures> {
  return measured(["node_modules/next/dist/bin/next", "build", FLOOR], { FLOOR_PAGES: String(pages), NEXT_TELEMETRY_DISABLED: "1" }, path.join(FLOOR, "out"));
}

/** Runs node with `args`, timed and with its peak memory, and measures what it wrote to `outDir`. */
async function measured(args: string[], env: Record<string, string>, outDir: string): Promise<BuildFigures> {
  const loadAverage = os.loadavg()[0];
  const started = performance.now();
  const child = spawn(process.execPath, args, { env: { ...process.env, ...env }, stdio: ["ignore", "pipe", "pipe"] });
  const memory = samplePeakMemory(child.pid!);
  let errors = "";
  let log = "";
  child.stdout.on("data", (chunk: Buffer) => (log += chunk.toString()));
  child.stderr.on("data", (chunk: Buffer) => (errors += chunk.toString()));
  const status = await new Promise<number | null>((resolve) => child.on("close", resolve));
  const { peak: peakMemoryBytes, processes: peakProcesses } = memory.stop();
  if (status !== 0) throw new Error(`${args.join(" ")} failed:\n${errors}`);
  const wallMs = performance.now() - started;
  const files = fs.readdirSync(outDir, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile());
  const sizeOf = (entries: fs.Dirent[]) => entries.reduce((total, entry) => total + fs.statSync(path.join(entry.parentPath, entry.name)).size, 0);
  return { wallMs, loadAverage, peakMemoryBytes, peakProcesses, outFiles: files.length, outBytes: sizeOf(files), htmlBytes: sizeOf(files.filter((entry) => entry.name.endsWith(".html"))),
    pngBytes: sizeOf(files.filter((entry) => entry.name.endsWith(".png"))),
    steps: buildSteps(log),
    ...(fs.existsSync(path.join(outDir, "pagefind")) && { firstSearchBytes: firstSearchBytes(outDir) }),
  };
}

/** Serves `outDir` on 127.0.0.1 (gzip on, as any host does) while `use` runs. */
async function served<T>(outDir: string, use: (origin: string) => Promise<T>): Promise<T> {
  // BENCH_PORT: a port of one's own, on a machine where others serve too.
  const port = Number(process.env.BENCH_PORT) || 4600 + Math.floor(Math.random() * 300);
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

async function archiveRuns(): Promise<ArchiveRun[]> {
  const runs: ArchiveRun[] = [];
  // The mode comparison is made at 1,000 articles (or the largest size below it): where peers are measured.
  const compareAt = sizes.filter((size) => size <= 1000).at(-1) ?? sizes[0];
  const plan = [...sizes.map((articles) => ({ articles, mode: "stripped" as Mode })), { articles: compareAt, mode: "kept" as Mode }];
  for (const { articles, mode } of plan) {
    const contentDir = path.join(work, `content-${articles}`);
    if (!fs.existsSync(contentDir)) writeSyntheticArchive(contentDir, articles);
    console.log(`Building ${articles} articles ${MODES[mode]}...`);
    const outDir = outFor(`${articles}-${mode}`);
    const cacheDir = fs.mkdtempSync(path.join(work, "cache-"));
    runs.push({ articles, mode, ...(await build(contentDir, mode, outDir, cacheDir)) });
    if (mode === "stripped") runs.push(...(await republishRuns(contentDir, articles, outDir, cacheDir)));
    await removeSite(outDir);
    fs.rmSync(cacheDir, { recursive: true, force: true });
  }
  for (const articles of sizes) {
    console.log(`Building ${articles} bare Next.js pages, the framework's floor...`);
    runs.push({ articles, mode: "floor", ...(await floorBuild(articles)) });
  }
  fs.rmSync(path.join(FLOOR, "out"), { recursive: true, force: true });
  fs.rmSync(path.join(FLOOR, ".next"), { recursive: true, force: true });
  return runs;
}

/**
 * What an editor's redeploy costs after the cold build of an archive of `articles`: plain `npm run
 * build` with the cold build's BUILD_CACHE_DIR and OUT_DIR, after a one-sentence correction, then
 * after one new article. The archive is left as it was, for the builds of other modes.
 */
async function republishRuns(contentDir: string, articles: number, outDir: string, cacheDir: string): Promise<ArchiveRun[]> {
  try {
    console.log(`Building ${articles} articles again after a one-sentence correction...`);
    editOneArticle(contentDir, articles);
    const edited = await build(contentDir, "stripped", outDir, cacheDir);
    console.log(`Building ${articles} articles again after adding one...`);
    addOneArticle(contentDir, articles);
    const added = await build(contentDir, "stripped", outDir, cacheDir);
    return [
      { articles, mode: "edited", ...edited },
      { articles, mode: "added", ...added },
    ];
  } finally {
    undoArchiveEdits(contentDir, articles);
  }
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
    const results: BenchResults = { machine, budget, launchArticle: await launchArticleRuns(), archive: await archiveRuns() };
    fs.writeFileSync("bench-results.json", `${JSON.stringify(results, null, 2)}\n`);
    fs.writeFileSync("BENCHMARKS.md", benchmarksMarkdown(results));
    console.log(benchmarksMarkdown(results));
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
    for (const mode of Object.keys(MODES)) await removeSite(outFor(`launch-${mode}`));
  }
}

void main();
