// Editors preview with `next dev`: drafts and scheduled articles show there, with a banner,
// and corrections render as they will on the site. Runs a dev server on fixture content.
import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";
import { expect, test } from "@playwright/test";

const PORT = Number(process.env.E2E_PORT ?? 4321) + 1;
const BASE = `http://127.0.0.1:${PORT}`;
let dev: ChildProcess;

// One dev server for the whole file.
test.describe.configure({ mode: "serial", timeout: 90_000 });

test.beforeAll(async ({}, testInfo) => {
  testInfo.setTimeout(180_000);
  // Playwright runs from the project folder.
  const next = path.resolve("node_modules/next/dist/bin/next");
  dev = spawn(process.execPath, [next, "dev", "--port", String(PORT), "--hostname", "127.0.0.1"], {
    env: { ...process.env, CONTENT_DIR: "tests/fixtures/content", PUBLIC_DIR: "tests/fixtures/public", NEXT_TELEMETRY_DISABLED: "1" },
    stdio: "ignore",
  });
  for (const deadline = Date.now() + 170_000; Date.now() < deadline; await new Promise((r) => setTimeout(r, 500))) {
    const ready = await fetch(`${BASE}/`).then((response) => response.ok, () => false);
    if (ready) return;
  }
  throw new Error(`next dev did not answer on ${BASE}`);
});

test.afterAll(() => {
  dev?.kill();
});

test("a draft shows in preview with a Draft banner", async ({ page }) => {
  await page.goto(`${BASE}/`);
  await page.getByRole("link", { name: "A story still being written" }).click();
  await expect(page.getByRole("status")).toContainText("Draft: not on the site");
});

test("a scheduled article shows in preview with the day it will publish", async ({ page }) => {
  await page.goto(`${BASE}/articles/scheduled-story/`);
  await expect(page.getByRole("status")).toContainText("Scheduled: left out of the site until 1 January 2099");
});

test("a published article has no banner, and shows its corrections newest first", async ({ page }) => {
  await page.goto(`${BASE}/articles/corrected-story/`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Border crossing reopens after a week");
  await expect(page.getByRole("status")).toHaveCount(0);

  const corrections = page.getByRole("region", { name: "Corrections" });
  await expect(corrections.getByRole("listitem")).toHaveText([
    "6 November 2025: An earlier version of this article misnamed the crossing.",
    "4 November 2025: An earlier version of this article gave the wrong length for the closure.",
  ]);
  await page.getByRole("link", { name: "Corrected" }).click();
  await expect(corrections).toBeInViewport();
});
