import fs from "node:fs";
import { defineConfig, devices } from "@playwright/test";

// E2E_PORT lets two checkouts run their end-to-end tests side by side.
const PORT = Number(process.env.E2E_PORT ?? 4321);
// PORT + 1 is the preview's `next dev` (tests/e2e/preview.spec.ts).
const FIXTURE_PORT = PORT + 2;
const FIXTURE_OUT = "out.fixtures";
// Playwright cannot download its own browser everywhere: use the system's Chromium where there is one.
const chromePath = process.env.CHROME_PATH || (fs.existsSync("/usr/bin/chromium") ? "/usr/bin/chromium" : undefined);

export default defineConfig({
  testDir: "tests/e2e",
  fullyParallel: true,
  forbidOnly: Boolean(process.env.CI),
  reporter: "list",
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    launchOptions: {
      executablePath: chromePath,
      // Needed as root in a sandbox with no network (Debian's Chromium otherwise stalls or refuses to start).
      args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
    },
  },
  projects: [{ name: "chromium", use: { ...devices["Desktop Chrome"] } }],
  // The tests read the real site: built by `npm run build`, served as static files, as a host would.
  // Playwright starts these one after the other, so the two builds never run at once.
  webServer: [
    {
      command: `npm run build && npx serve out --listen tcp://127.0.0.1:${PORT} --no-port-switching --no-clipboard`,
      url: `http://127.0.0.1:${PORT}/`,
      timeout: 300_000,
      reuseExistingServer: false,
      stdout: "pipe",
    },
    // The fixture content (a Dari article, a photo story), built the same way (see tests/e2e/fixture-site.ts).
    {
      command:
        `CONTENT_DIR=tests/fixtures/content PUBLIC_DIR=tests/fixtures/public OUT_DIR=${FIXTURE_OUT} npm run build && ` +
        `npx serve ${FIXTURE_OUT} --listen tcp://127.0.0.1:${FIXTURE_PORT} --no-port-switching --no-clipboard`,
      url: `http://127.0.0.1:${FIXTURE_PORT}/`,
      timeout: 300_000,
      reuseExistingServer: false,
    },
  ],
});
