import os from "node:os";
import path from "node:path";
import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: { alias: { "@": path.resolve(import.meta.dirname) } },
  test: {
    // The run's shared folder: one compile for every build, each fixture site built once.
    globalSetup: ["tests/host/global-setup.ts"],
    // Each file's time, for the slowest files npm test prints at its end (tests/run.ts).
    reporters: ["default", "./tests/host/vitest-file-times.ts"],
    // Vitest's default leaves a core free (one worker on CI's two), but the slow files mostly wait
    // on processes they start (the build, scripts, Next.js), so one worker per core keeps both busy.
    maxWorkers: os.availableParallelism(),
    projects: [
      // Vitest's 5 s default is a timed test on a shared machine: a 2.6 s test timed out in CI while
      // the build tests beside it held both cores. No test here is about speed (npm run bench is).
      // Their files share a worker's modules (isolate: false): importing them again for each file
      // was 40 of the unit and component tests' 100 s of CPU. No file depends on another's state:
      // they pass in any order (tried with --sequence.shuffle.files).
      { extends: true, test: { name: "unit", include: ["tests/unit/**/*.test.ts"], environment: "node", testTimeout: 60_000, isolate: false } },
      { extends: true, test: { name: "component", include: ["tests/component/**/*.test.tsx"], environment: "jsdom", testTimeout: 60_000, isolate: false } },
      // Runs the real `npm run build` on throwaway content: slow, so it has its own generous timeout.
      { extends: true, test: { name: "build", include: ["tests/build/**/*.test.ts"], environment: "node", testTimeout: 240_000 } },
    ],
  },
});
