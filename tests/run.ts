// `npm test`: every test, arranged so that a two-core machine is kept busy, then the slowest files.
// The typecheck comes first (a type error fails at once). Then the unit and component tests run
// beside the builds of the fixture sites (tests/host/fixture-sites.ts), which alone use one core
// and a half; then the end-to-end tests, then the build tests, each of which keeps both cores busy
// alone. Run side by side those two took longer than one after the other (486 s against 431 s
// with the parts above, measured on two cores): starved of CPU, each part used a fifth more of it.
// Every part runs whatever another part did; each line is printed as it comes, marked with its
// part's name; the run fails if any part failed.
// Usage: tsx tests/run.ts (npm test)
import { spawn } from "node:child_process";
import path from "node:path";
import { readFileTimes } from "./host/file-times";
import { startTestRun, testRunDir } from "./host/test-run";

// The packages' own command lines, run by this Node (npm test runs from the project folder).
const node = process.execPath;
const vitest = [node, path.resolve("node_modules/vitest/vitest.mjs"), "run"];

const PARTS = {
  types: { what: "typecheck", command: ["npm", "run", "--silent", "typecheck"] },
  unit: { what: "unit and component tests", command: [...vitest, "--project", "unit", "--project", "component"] },
  sites: { what: "fixture sites", command: [node, "--import", "tsx", "tests/host/build-fixture-sites.ts"] },
  build: { what: "build tests", command: [...vitest, "--project", "build"] },
  e2e: { what: "end-to-end tests", command: [node, path.resolve("node_modules/@playwright/test/cli.js"), "test"] },
} as const;

type PartName = keyof typeof PARTS;
interface Outcome {
  part: PartName;
  passed: boolean;
  seconds: number;
}

const LABEL = Math.max(...Object.keys(PARTS).map((name) => name.length));
const seconds = (since: number) => (performance.now() - since) / 1000;

/** Runs a part, its lines marked with its name; resolves once it has ended, however it ended. */
function run(part: PartName): Promise<Outcome> {
  const started = performance.now();
  const [command, ...args] = PARTS[part].command;
  const mark = `${part.padEnd(LABEL)} │ `;
  console.log(`${mark}${PARTS[part].what}: started`);
  const child = spawn(command, args, { stdio: ["ignore", "pipe", "pipe"] });
  for (const stream of [child.stdout, child.stderr]) {
    let rest = "";
    stream.setEncoding("utf8");
    stream.on("data", (chunk: string) => {
      const lines = (rest + chunk).split("\n");
      rest = lines.pop() ?? "";
      for (const line of lines) console.log(`${mark}${line}`);
    });
    stream.on("end", () => rest && console.log(`${mark}${rest}`));
  }
  return new Promise((done) => {
    const end = (passed: boolean) => {
      const outcome = { part, passed, seconds: seconds(started) };
      console.log(`${mark}${PARTS[part].what}: ${passed ? "passed" : "FAILED"} in ${outcome.seconds.toFixed(0)} s`);
      done(outcome);
    };
    child.once("error", () => end(false));
    child.once("close", (code) => end(code === 0));
  });
}

function report(outcomes: Outcome[], total: number): void {
  const slowest = readFileTimes(testRunDir()).slice(0, 10);
  console.log("\nThe ten slowest test files (each file's tests and hooks, in all its projects):");
  for (const { file, seconds } of slowest) console.log(`  ${seconds.toFixed(1).padStart(6)} s  ${file}`);
  console.log(`\nParts: ${outcomes.map(({ part, seconds }) => `${PARTS[part].what} ${seconds.toFixed(0)} s`).join(", ")}.`);
  console.log(`npm test took ${total.toFixed(0)} s (the budget: 12 minutes for all of .ci/run on two cores, docs/operations.md).`);
  const failed = outcomes.filter(({ passed }) => !passed);
  console.log(failed.length === 0 ? "Every part passed." : `FAILED: ${failed.map(({ part }) => PARTS[part].what).join(", ")} (the lines marked with their names say why).`);
}

async function main(): Promise<void> {
  const started = performance.now();
  const endRun = startTestRun();
  const outcomes: Outcome[] = [await run("types")];
  if (outcomes[0].passed) {
    outcomes.push(...(await Promise.all([run("unit"), run("sites")])));
    outcomes.push(await run("e2e"), await run("build"));
  }
  report(outcomes, seconds(started));
  endRun();
  process.exitCode = outcomes.every(({ passed }) => passed) ? 0 : 1;
}

void main();
