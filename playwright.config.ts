import os from "node:os";
import { defineConfig, devices } from "@playwright/test";
import { chromeFlags, chromePath } from "./scripts/chromium";
import { builds, origin } from "./tests/e2e/builds";

// Specs whose outcome can depend on the Next.js runtime being shipped: scripts that run (hydration,
// client-side navigation, Copy link, focus), the script hashes in the policy, the JavaScript
// budget, and payloads that could reach the runtime's inline data. They run against both builds.
// Every other spec reads what both builds show alike (framework-runtime.spec.ts, which compares
// the two, proves the text and links match), so it runs once, against the default build.
const RUNTIME_SPECS = /\/(strict-headers|page-weight|hostile-content|keyboard|share|reading)\.spec\.ts$/;
// The preview's tests share one `next dev`, so they run one after the other on one worker, the
// longest chain of any file: a project of their own, listed first, starts them first, rather than
// last of all as their file's name put them, when they alone kept the run going.
const PREVIEW_SPEC = /\/preview\.spec\.ts$/;

export default defineConfig({
  testDir: "tests/e2e",
  fullyParallel: true,
  // The run's shared folder, every fixture site built, and the fixture content's two builds served.
  globalSetup: "./tests/e2e/global-setup.ts",
  // Playwright's default, half the cores, is one worker on CI's two, which then waits on Chromium,
  // the servers and the builds in beforeAll hooks one test at a time. Measured on the same builds:
  // two workers took 0.95 of one's time, three 0.55 of two's.
  workers: os.availableParallelism() + 1,
  forbidOnly: Boolean(process.env.CI),
  // No end-to-end test is a timed test. Three workers on two cores, beside the builds in the web
  // servers and in beforeAll hooks, can make a page load take seconds: Playwright's defaults (30 s a
  // test, 5 s an assertion) failed a test on CI that takes 13 s alone.
  timeout: 120_000,
  expect: { timeout: 15_000 },
  // Each file's time, for the slowest files npm test prints at its end (tests/run.ts).
  reporter: [["list"], ["./tests/host/playwright-file-times.ts"]],
  // Both builds must look the same, so they share one set of screenshots (no project in the name).
  snapshotPathTemplate: "{testDir}/{testFilePath}-snapshots/{arg}-{platform}{ext}",
  use: { launchOptions: { executablePath: chromePath, args: chromeFlags } },
  projects: [
    { name: "preview", use: devices["Desktop Chrome"], testMatch: PREVIEW_SPEC },
    ...builds.map((build) => ({
      name: build.name,
      use: { ...devices["Desktop Chrome"], baseURL: origin(build) },
      metadata: { build },
      testMatch: build.runtime === "kept" ? RUNTIME_SPECS : undefined,
      testIgnore: PREVIEW_SPEC,
    })),
  ],
});
