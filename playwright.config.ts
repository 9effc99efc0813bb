import { defineConfig, devices } from "@playwright/test";
import { chromeFlags, chromePath } from "./scripts/chromium";
import { builds, origin } from "./tests/e2e/builds";

const serve = (outDir: string, port: number) => `npx serve ${outDir} --listen tcp://127.0.0.1:${port} --no-port-switching --no-clipboard`;

export default defineConfig({
  testDir: "tests/e2e",
  fullyParallel: true,
  forbidOnly: Boolean(process.env.CI),
  reporter: "list",
  use: { launchOptions: { executablePath: chromePath, args: chromeFlags } },
  // Every test runs against both builds.
  projects: builds.map((build) => ({
    name: build.name,
    use: { ...devices["Desktop Chrome"], baseURL: origin(build) },
    metadata: { build },
    // The preview runs `next dev`, which the build mode does not change.
    testIgnore: build.runtime === "kept" ? /preview\.spec\.ts/ : undefined,
  })),
  // The tests read the real site: built by `npm run build`, served as static files, as a host would.
  webServer: builds.map((build) => ({
    command: `${build.runtime === "kept" ? "FRAMEWORK_RUNTIME=keep " : ""}OUT_DIR=${build.outDir} npm run build && ${serve(build.outDir, build.port)}`,
    url: `${origin(build)}/`,
    timeout: 300_000,
    reuseExistingServer: false,
    stdout: "pipe" as const,
  })),
});
