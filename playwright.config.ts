import { defineConfig, devices } from "@playwright/test";
import { chromeFlags, chromePath } from "./scripts/chromium";
import { builds, FIXTURE_BUILD, origin } from "./tests/e2e/builds";

const serve = (outDir: string, port: number) => `npx serve ${outDir} --listen tcp://127.0.0.1:${port} --no-port-switching --no-clipboard`;

export default defineConfig({
  testDir: "tests/e2e",
  fullyParallel: true,
  forbidOnly: Boolean(process.env.CI),
  reporter: "list",
  // Both builds must look the same, so they share one set of screenshots (no project in the name).
  snapshotPathTemplate: "{testDir}/{testFilePath}-snapshots/{arg}-{platform}{ext}",
  use: { launchOptions: { executablePath: chromePath, args: chromeFlags } },
  // Every test runs against both builds.
  projects: builds.map((build) => ({
    name: build.name,
    use: { ...devices["Desktop Chrome"], baseURL: origin(build) },
    metadata: { build },
    // The preview runs `next dev`, which the build mode does not change.
    testIgnore: build.runtime === "kept" ? /preview\.spec\.ts/ : undefined,
  })),
  // The tests read the real site: built by `npm run build`, served as static files, as a host would;
  // and the fixture content (a Dari article, a photo story), built the same way (tests/e2e/fixture-site.ts).
  webServer: [...builds, FIXTURE_BUILD].map((build) => ({
    command: `${build.env} OUT_DIR=${build.outDir} npm run build -- --local && ${serve(build.outDir, build.port)}`,
    url: `${origin(build)}/`,
    timeout: 300_000,
    reuseExistingServer: false,
    stdout: "pipe" as const,
  })),
});
