// `npm run build`: check every article, build the site into a temporary folder, and only then
// swap it in for out/. A mistake in the content, or a failed build, leaves the last good out/
// exactly as it was, so a broken edit can never take the live copy down.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { reportContent } from "./check";
import { writeHostHeaders } from "./host-headers";

// OUT_DIR lets tests and benchmarks build elsewhere without touching the real out/.
const OUT = path.resolve(process.env.OUT_DIR ?? "out");
// Next.js only exports inside the project folder; the result is then moved beside OUT.
const BUILDING = path.resolve(`out.building-${process.pid}`);
const INCOMING = `${OUT}.incoming`;
const PREVIOUS = `${OUT}.previous`;
const shown = path.relative(process.cwd(), OUT).startsWith("..") ? OUT : path.relative(process.cwd(), OUT);

function nextBuild(): boolean {
  const next = createRequire(import.meta.url).resolve("next/dist/bin/next");
  const result = spawnSync(process.execPath, [next, "build"], {
    stdio: "inherit",
    // Next.js resolves distDir from the project folder, so it must be relative to it.
    env: { ...process.env, NEXT_DIST_DIR: path.relative(process.cwd(), path.resolve(BUILDING)), NEXT_TELEMETRY_DISABLED: "1" },
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

// A build interrupted (Ctrl-C, a killed CI job) leaves its temporary folder; this one sweeps them.
for (const name of fs.readdirSync(".")) {
  if (name.startsWith("out.building-")) fs.rmSync(name, { recursive: true, force: true });
}
if (!process.env.SITE_URL) {
  console.warn("SITE_URL is not set: canonical links and feeds will point at http://localhost:3000. Set it when building for the web.");
}
if (!reportContent()) {
  console.error(`Nothing was built: fix the errors above and run the build again. ${shown}/ is unchanged.`);
  process.exit(1);
}
fs.rmSync(BUILDING, { recursive: true, force: true });
if (!nextBuild()) {
  fs.rmSync(BUILDING, { recursive: true, force: true });
  console.error(`\nThe build failed; ${shown}/ is unchanged.`);
  process.exit(1);
}
// Last, so that the script hashes in the headers are of the pages exactly as they will be served.
// Should it fail, the build stops here, and out/ is untouched.
const { inlineScripts, pagesWithOwnPolicy } = writeHostHeaders(BUILDING);
console.log(`Headers written to _headers: ${inlineScripts} distinct inline scripts, ${pagesWithOwnPolicy} pages with their own script-src.`);
swapIn();
console.log(`Site written to ${shown}/.`);
