// `npm run build`: check every article, build the site into a temporary folder, and only then
// swap it in for out/. A mistake in the content, or a failed build, leaves the last good out/
// exactly as it was, so a broken edit can never take the live copy down.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import { createRequire } from "node:module";
import os from "node:os";
import path from "node:path";
import { pruneBuildCache } from "../lib/build/cache";
import type { HeaderRule } from "./host-rules";
import { publicAddresses, writeHostHeaders } from "./host-headers";
import { writeNginxConfig } from "./nginx-config";
import { removeNoPages } from "./no-pages";
import { writeSearchIndex } from "./search-index";
import { stripFrameworkRuntime } from "./strip-framework-runtime";

// OUT_DIR lets tests and benchmarks build elsewhere without touching the real out/.
const OUT = path.resolve(process.env.OUT_DIR ?? "out");
// Next.js only exports inside the project folder; the result is then moved beside OUT.
const BUILDING = path.resolve(`out.building-${process.pid}`);
const INCOMING = `${OUT}.incoming`;
const PREVIOUS = `${OUT}.previous`;
// The checked content, for Next.js's build processes to load rather than parse it all again.
const SNAPSHOT = path.join(os.tmpdir(), `newsroom-content-${process.pid}.json`);
process.on("exit", () => fs.rmSync(SNAPSHOT, { force: true }));
const show = (file: string) => (path.relative(process.cwd(), file).startsWith("..") ? file : path.relative(process.cwd(), file));
const shown = show(OUT);

// Each step's wall time, printed last as "Build steps: ..." (npm run bench reads that line).
const steps: string[] = [];
function timed<T>(step: string, run: () => T): T {
  const started = performance.now();
  const done = () => steps.push(`${step} ${((performance.now() - started) / 1000).toFixed(1)} s`);
  const result = run();
  if (result instanceof Promise) result.then(done, done);
  else done();
  return result;
}

function checkAndSnapshot(): boolean {
  const result = spawnSync(process.execPath, ["--import", "tsx", path.resolve("scripts/check.ts"), "--snapshot", SNAPSHOT], { stdio: "inherit" });
  // Exit code 1 is the content's errors, printed above; anything else is the check itself failing.
  if (result.status !== 0 && result.status !== 1) {
    console.error(`The content check stopped without finishing (${result.error ?? result.signal ?? `exit code ${result.status}`}).`);
  }
  return result.status === 0;
}

function nextBuild(): boolean {
  const next = createRequire(import.meta.url).resolve("next/dist/bin/next");
  const result = spawnSync(process.execPath, [next, "build"], {
    stdio: "inherit",
    // Next.js resolves distDir from the project folder, so it must be relative to it.
    env: { ...process.env, NEXT_DIST_DIR: path.relative(process.cwd(), path.resolve(BUILDING)), CONTENT_SNAPSHOT: SNAPSHOT, NEXT_TELEMETRY_DISABLED: "1" },
  });
  return result.status === 0;
}

// The narrower copies of article images that the pages' srcset lists (scripts/responsive-images.ts).
function writeImages(): boolean {
  const result = spawnSync(process.execPath, ["--import", "tsx", path.resolve("scripts/responsive-images.ts"), BUILDING], {
    stdio: "inherit",
    env: { ...process.env, CONTENT_SNAPSHOT: SNAPSHOT },
  });
  return result.status === 0;
}

function moveTo(from: string, to: string): void {
  fs.rmSync(to, { recursive: true, force: true });
  try {
    fs.renameSync(from, to);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "EXDEV") throw error;
    fs.cpSync(from, to, { recursive: true });
    fs.rmSync(from, { recursive: true, force: true });
  }
}

// Two renames within one folder: readers see the old site or the new one, never a mix.
function swapIn(): void {
  fs.mkdirSync(path.dirname(OUT), { recursive: true });
  moveTo(BUILDING, INCOMING);
  fs.rmSync(PREVIOUS, { recursive: true, force: true });
  if (fs.existsSync(OUT)) fs.renameSync(OUT, PREVIOUS);
  fs.renameSync(INCOMING, OUT);
  fs.rmSync(PREVIOUS, { recursive: true, force: true });
}

// A build interrupted (Ctrl-C, a killed CI job) leaves its temporary folder; this one sweeps them,
// but not those of builds still running (the end-to-end tests build two sites at once).
const isRunning = (pid: number) => {
  try {
    return process.kill(pid, 0);
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
};
for (const name of fs.readdirSync(".")) {
  const pid = Number(/^out\.building-(\d+)$/.exec(name)?.[1]);
  if (name.startsWith("out.building-") && !(pid && pid !== process.pid && isRunning(pid))) fs.rmSync(name, { recursive: true, force: true });
}
if (!process.env.SITE_URL) {
  console.warn("SITE_URL is not set: canonical links and feeds will point at http://localhost:3000. Set it when building for the web.");
}
if (!timed("check", checkAndSnapshot)) {
  console.error(`Nothing was built: fix the errors above and run the build again. ${shown}/ is unchanged.`);
  process.exit(1);
}
fs.rmSync(BUILDING, { recursive: true, force: true });
const nextStarted = Date.now();
if (!timed("next build", nextBuild) || !timed("image copies", writeImages)) {
  fs.rmSync(BUILDING, { recursive: true, force: true });
  console.error(`\nThe build failed; ${shown}/ is unchanged.`);
  process.exit(1);
}
// The cards this build used were touched; the rest belong to articles since changed or removed.
pruneBuildCache("social-cards", nextStarted);
// Then the runtime goes (FRAMEWORK_RUNTIME=keep ships it, to compare the two or to debug), and the
// host's headers come last, so that their script hashes are of the pages exactly as served.
// Files copied from public/ (Next.js copies the project's; the image step copies PUBLIC_DIR's) are
// known by name, and are neither stripped nor counted as pages, whatever they contain.
async function finishExport(): Promise<HeaderRule[]> {
  // Loaded only now: the check has reported any bad setting in its own words.
  const { config } = await import("../lib/config");
  removeNoPages(BUILDING);
  const fromPublic = publicAddresses(BUILDING, [path.resolve("public"), config.PUBLIC_DIR]);
  let scriptsFound: Map<string, string[]> | undefined;
  if (process.env.FRAMEWORK_RUNTIME !== "keep") {
    const { pages, removedFiles, inlineScriptsByPage } = await timed("runtime removal", () => stripFrameworkRuntime(BUILDING, fromPublic));
    console.log(`Removed the Next.js runtime from ${pages} pages (${removedFiles} files it alone used).`);
    scriptsFound = inlineScriptsByPage;
  }
  // Inside the folder being built, so the live site never has pages without their index.
  const search = await timed("search index", () => writeSearchIndex(BUILDING));
  console.log(`Search index: ${search.pages} articles in ${search.languages.join(", ") || "no language"} (${Math.round(search.bytes / 1000)} kB).`);
  const { inlineScripts, pagesWithOwnPolicy, rules } = timed("headers", () => writeHostHeaders(BUILDING, { scriptsFound, fromPublic }));
  console.log(`Headers written to _headers: ${inlineScripts} distinct inline scripts, ${pagesWithOwnPolicy} pages with their own script-src.`);
  return rules;
}

finishExport().then(
  (rules) => {
    timed("swap", swapIn);
    // Beside the site, not in it: a server's configuration is not for readers.
    const nginx = writeNginxConfig(OUT, rules);
    console.log(`Site written to ${shown}/; its nginx configuration to ${show(nginx)}.`);
    console.log(`Build steps: ${steps.join(", ")}.`);
  },
  (error: unknown) => {
    fs.rmSync(BUILDING, { recursive: true, force: true });
    console.error(`
${String(error)}
The build failed; ${shown}/ is unchanged.`);
    process.exit(1);
  },
);
