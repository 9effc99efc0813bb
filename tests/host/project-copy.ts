// A copy of this project, for builds that must not take turns with the project's own: Next.js works
// in the project's .next, so builds of one folder take turns (tests/host/build-site.ts), and a
// second folder lets two builds run at once; or for a public/ of a test's own. What Next.js and the
// build read is copied; node_modules is a link to this project's. The copy compiles the code once
// (a compile is named after its project's folder, scripts/build/next-compile.ts) and goes with the run.
import fs from "node:fs";
import path from "node:path";
import { testRunProjects } from "./test-run";

const PROJECT = ["app", "components", "lib", "scripts", "public", "next.config.ts", "tsconfig.json", "package.json", "package-lock.json"];

/** The run's copy of the project named `name`, made on first use, with `publicFiles` (path in public/ -> text) added to its public/. */
export function projectCopy(name: string, publicFiles: Record<string, string> = {}): string {
  const copy = path.join(testRunProjects(), name);
  if (fs.existsSync(copy)) return copy;
  const partial = `${copy}.${process.pid}.partial`;
  fs.rmSync(partial, { recursive: true, force: true });
  for (const file of PROJECT) fs.cpSync(file, path.join(partial, file), { recursive: true });
  fs.symlinkSync(path.resolve("node_modules"), path.join(partial, "node_modules"));
  for (const [file, text] of Object.entries(publicFiles)) {
    fs.mkdirSync(path.dirname(path.join(partial, "public", file)), { recursive: true });
    fs.writeFileSync(path.join(partial, "public", file), text);
  }
  fs.renameSync(partial, copy);
  return copy;
}
