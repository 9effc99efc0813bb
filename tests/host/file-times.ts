// How long each test file took, written by each runner's reporter into the run's folder
// (tests/host/test-run.ts), so that npm test ends with the slowest files (tests/run.ts): growth
// shows in every run's output, not only when the budget is blown.
import fs from "node:fs";
import path from "node:path";
import { z } from "zod";

const fileTimes = z.record(z.string(), z.number());
const folder = (run: string) => path.join(run, "file-times");

/** Adds `times` (file -> seconds) to the run's record; nothing when the run's folder is gone (a runner started alone, after its teardown). */
export function recordFileTimes(runner: string, times: ReadonlyMap<string, number>): void {
  const run = process.env.NEWSROOM_TEST_RUN;
  if (!run || !fs.existsSync(run)) return;
  fs.mkdirSync(folder(run), { recursive: true });
  const named = [...times].map(([file, seconds]) => [`${path.relative(process.cwd(), file)} (${runner})`, seconds]);
  fs.writeFileSync(path.join(folder(run), `${runner}-${process.pid}.json`), JSON.stringify(Object.fromEntries(named)));
}

/** Every file's time in the run, slowest first. */
export function readFileTimes(run: string): { file: string; seconds: number }[] {
  if (!fs.existsSync(folder(run))) return [];
  return fs
    .readdirSync(folder(run))
    .flatMap((name) => Object.entries(fileTimes.parse(JSON.parse(fs.readFileSync(path.join(folder(run), name), "utf8")))))
    .map(([file, seconds]) => ({ file, seconds }))
    .sort((a, b) => b.seconds - a.seconds);
}
