// One run of the tests (npm test: vitest and Playwright) shares what its builds can: one compile
// of the code (scripts/build/next-compile.ts) and each fixture site, built once. They live in the
// run's folder, named by NEWSROOM_TEST_RUN: npm test sets it for both runners; a runner started on
// its own makes one in its global setup (vitest's tests/host/global-setup.ts, Playwright's
// tests/e2e/global-setup.ts) and removes it at its end, with the run's copies of the project
// (tests/host/project-copy.ts).
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

const VARIABLE = "NEWSROOM_TEST_RUN";

/** The run's folder; throws outside a run, where no global setup made one. */
export function testRunDir(): string {
  const dir = process.env[VARIABLE];
  if (!dir) throw new Error(`${VARIABLE} is not set: run the tests with npm test, vitest or playwright, whose global setup sets it`);
  return dir;
}

/** Makes a run's folder unless one is named already; returns what removes the folder it made. */
export function startTestRun(): () => void {
  if (process.env[VARIABLE]) return () => undefined;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "newsroom-test-run-"));
  process.env[VARIABLE] = dir;
  return () => {
    fs.rmSync(testRunProjects(), { recursive: true, force: true });
    fs.rmSync(dir, { recursive: true, force: true });
  };
}

/**
 * Where the run's copies of the project go: inside the project, since Next.js resolves packages from
 * the project's folders, and named after the run (ignored by git and the typecheck as out.*).
 */
export const testRunProjects = () => path.resolve("out.test-projects", path.basename(testRunDir()));
