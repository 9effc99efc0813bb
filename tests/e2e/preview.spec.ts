// Editors preview with `next dev`: drafts and scheduled articles show there, with a banner,
// and corrections render as they will on the site; a story written in the desk shows there. Runs a
// dev server on a copy of the fixture content.
import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { pageKind } from "../host/page-kinds";
import { deskInProcess, fillStory, openInDesk, publishNow } from "./desk-setup";

const PORT = Number(process.env.E2E_PORT ?? 4321) + 1;
const BASE = `http://127.0.0.1:${PORT}`;
let dev: ChildProcess;
// The fixture content, and beside it a colleague's draft and a published story whose YAML cannot be
// read: each must hurt only itself, and every other page of the preview works.
const folder = fs.mkdtempSync(path.join(os.tmpdir(), "newsroom-preview-"));
const content = path.join(folder, "content");
// A copy too: the desk serves the folder holding both, and writes photos into it.
const publicDir = path.join(folder, "public");
const BROKEN_DRAFT = "---\ntitle: Kabul: a city waits\nstandfirst: Not ready.\npublishedAt: 2025-11-05\nsection: Afghanistan\ndraft: true\n---\n\nNotes.\n";
const BROKEN_PUBLISHED = "---\ntitle: Kabul: bakers struggle\nstandfirst: Bread costs twice what it did.\npublishedAt: 2025-11-05\nsection: Afghanistan\n---\n\nText.\n";

// One dev server for the whole file.
test.describe.configure({ mode: "serial", timeout: 90_000 });

test.beforeAll(async ({}, testInfo) => {
  testInfo.setTimeout(180_000);
  // Playwright runs from the project folder.
  const next = path.resolve("node_modules/next/dist/bin/next");
  fs.cpSync("tests/fixtures/content", content, { recursive: true });
  fs.cpSync("tests/fixtures/public", publicDir, { recursive: true });
  fs.writeFileSync(path.join(content, "articles", "broken-draft.md"), BROKEN_DRAFT);
  fs.writeFileSync(path.join(content, "articles", "broken-published.md"), BROKEN_PUBLISHED);
  dev = spawn(process.execPath, [next, "dev", "--port", String(PORT), "--hostname", "127.0.0.1"], {
    env: { ...process.env, CONTENT_DIR: content, PUBLIC_DIR: publicDir, NEXT_TELEMETRY_DISABLED: "1" },
    stdio: "ignore",
  });
  for (const deadline = Date.now() + 170_000; Date.now() < deadline; await new Promise((r) => setTimeout(r, 500))) {
    // Answering at all: a page that fails is for the tests to report, each saying what it saw.
    const ready = await fetch(`${BASE}/`).then(() => true, () => false);
    if (ready) return;
  }
  throw new Error(`next dev did not answer on ${BASE}`);
});

test.afterAll(() => {
  dev?.kill();
  fs.rmSync(folder, { recursive: true, force: true });
});

test("a draft shows in preview with a Draft banner", async ({ page }) => {
  await page.goto(`${BASE}/`);
  await page.getByRole("link", { name: "A story still being written" }).click();
  await expect(page.getByRole("status")).toContainText("Draft: not on the site");
});

test("a scheduled article shows in preview with the day it will publish", async ({ page }) => {
  await page.goto(`${BASE}/articles/scheduled-story/`);
  // When it goes out, in the newsroom's time zone (Kabul's unless content/site.yml says otherwise).
  await expect(page.getByRole("status")).toContainText("Scheduled: left out of the site until Thu, 1 January 2099 at 06:00 (Asia/Kabul)");
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

test("drafts and scheduled stories are marked wherever they are listed", async ({ page }) => {
  for (const listing of ["/", "/sections/afghanistan/"]) {
    await page.goto(`${BASE}${listing}`);
    const draft = page.getByRole("listitem").filter({ has: page.getByRole("link", { name: "A story still being written" }) });
    await expect(draft.locator(".kicker")).toContainText("Draft");
  }
  await page.goto(`${BASE}/`);
  const published = page.getByRole("listitem").filter({ has: page.getByRole("link", { name: "Border crossing reopens after a week" }) });
  await expect(published.locator(".preview-mark")).toHaveCount(0);
});

test("a broken draft's own page shows its problems in plain words, and the rest of the preview works", async ({ page }) => {
  await page.goto(`${BASE}/articles/broken-draft/`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("This story has problems");
  await expect(page.getByRole("status")).toContainText('Line 2: a colon followed by a space inside a value: put the value in quotes: `title: "Kabul: a city waits"`');
  const home = await page.goto(`${BASE}/`);
  expect(home?.status()).toBe(200);
});

test("a broken published story's own page shows its problems, and that it stops every build", async ({ page }) => {
  await page.goto(`${BASE}/articles/broken-published/`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("This story has problems");
  const problems = page.getByRole("status");
  await expect(problems).toContainText("stops every build: no story can be published until these are fixed.");
  await expect(problems).toContainText('Line 2: a colon followed by a space inside a value: put the value in quotes: `title: "Kabul: bakers struggle"`');
});

test("a story written in the desk shows in the preview, as the editor wrote it", async ({ page }) => {
  const before = new Set(fs.readdirSync(path.join(content, "articles")));
  const desk = { folder, contentDir: content, publicDir, desk: await deskInProcess({ folder, contentDir: content, publicDir }) };
  try {
    await openInDesk(page, desk, "#/collections/stories/new");
    await fillStory(page, {
      title: "Flour prices double in Kabul",
      standfirst: "Bakers say a sack costs twice what it did in the summer.",
      publishedAt: "2025-11-20",
      section: "Afghanistan",
      body: "A sack of flour sold for 2,400 afghanis this week.",
    });
    await publishNow(page);
  } finally {
    await desk.desk.close();
  }
  const [written] = fs.readdirSync(path.join(content, "articles")).filter((name) => !before.has(name));
  // next dev answers from the addresses it listed before the file was written, and lists them
  // again behind that answer: a new story's first visit can be "Page not found", a reload shows it
  // (docs/desk.md says so).
  await expect(async () => {
    await page.goto(`${BASE}/articles/${written.replace(/\.md$/, "")}/`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Flour prices double in Kabul", { timeout: 1000 });
  }).toPass();
  await expect(page.getByText("A sack of flour sold for 2,400 afghanis this week.")).toBeVisible();
  await expect(page.getByRole("status")).toHaveCount(0);
});

test("an address the preview does not have shows the site's not-found page", async ({ page }) => {
  // A story that does not exist, and a first folder that is neither an edition nor a newsroom page.
  for (const address of ["/articles/no-such-story/", "/no-such-page/"]) {
    const response = await page.goto(`${BASE}${address}`);
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Page not found");
  }
});

// Every kind of page an editor can reach, every story among them: the pages linked from the front
// page, and from those, but one page of each kind (tests/host/page-kinds.ts), and the broken
// stories' pages, which no page links. Each page is checked on the visit that finds its links: a
// second visit to each cost as much again (next dev serves its scripts uncached).
test("no page of any kind in the preview logs an error or raises the dev overlay's issues badge", async ({ page }) => {
  // next dev compiles each kind of page the first time it is opened, while the other workers run
  // their own specs: the walk over every page (archive, reporters, numbered pages...) took over
  // 5 minutes in CI on 2 cores, though each page answers in under 2 s on an idle machine.
  test.setTimeout(600_000);
  const problems: string[] = [];
  let current = "";
  page.on("console", (message) => {
    // next dev serves the project's public/, not the fixture's PUBLIC_DIR, so the fixture's photos
    // are missing here (the built fixture site has them); any other failed load is a problem.
    const fixturePhoto = new URL(message.location().url || BASE).pathname.startsWith("/images/");
    if (message.type() === "error" && !fixturePhoto) problems.push(`${current}: console error: ${message.text()}`);
  });
  page.on("pageerror", (error) => problems.push(`${current}: ${error.message}`));
  // The pages to visit, the queue growing as they are found, and their kinds.
  const queue = ["/", "/articles/broken-draft/", "/articles/broken-published/"];
  const kinds = new Set(queue.map(pageKind));
  for (const address of queue) {
    current = address;
    await page.goto(`${BASE}${address}`);
    // The page is in front of the editor, next dev's indicator in its corner, and React has taken
    // over the page (hydration is when a mismatch is found): then the indicator's badge counts the
    // issues the overlay found, a hydration error among them.
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await expect(page.getByRole("button", { name: "Open Next.js Dev Tools" }).first()).toBeVisible();
    await page.waitForFunction(() => Object.keys(document.querySelector("main") ?? {}).some((key) => key.startsWith("__reactFiber$")));
    const issues = await page.locator("[data-issues-count]").count();
    if (issues > 0) problems.push(`${address}: the dev overlay shows ${await page.locator("[data-issues-count]").first().textContent()} issue(s)`);
    const hrefs = await page.locator("a[href^='/']").evaluateAll((links) => links.map((link) => link.getAttribute("href") ?? ""));
    for (const href of hrefs) {
      const linked = href.split("#")[0];
      // Pages only: feeds, images and cards are not what the overlay watches.
      if (!linked.endsWith("/") || kinds.has(pageKind(linked))) continue;
      kinds.add(pageKind(linked));
      queue.push(linked);
    }
  }
  expect(queue.length).toBeGreaterThan(8);
  expect(problems).toEqual([]);
});
