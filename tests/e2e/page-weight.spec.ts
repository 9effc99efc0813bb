// The byte budget of the launch article's first load (its fixture copy), in both builds.
// Bytes are the same on every machine, so they are asserted; times never are (see npm run bench).
import { expect, test } from "@playwright/test";
import { budget } from "../../scripts/bench/performance-budget";
import { pageWeight } from "../../scripts/bench/page-weight";
import { projectBuild, projectSite } from "./builds";
import { DARI_ARTICLE } from "./fixture-site";

const ARTICLE = "/articles/second-anti-taliban-commander-killed-in-iran/";

test("the article page's HTML and CSS fit one round trip, and its fonts and scripts their budgets", async ({ page }) => {
  const { runtime } = projectBuild();
  const outDir = projectSite.out;
  const weight = pageWeight(outDir, ARTICLE);
  expect(weight.html.gzip + weight.css.gzip).toBeLessThan(budget.firstLoadGzip);
  expect(weight.fonts.gzip).toBeLessThan(budget.fontsGzip);
  expect(weight.js.gzip).toBeLessThanOrEqual(budget.jsGzip[runtime === "stripped" ? "stripped" : "withRuntime"]);

  // The files counted are the ones the browser actually fetches.
  const fetched: string[] = [];
  page.on("request", (request) => {
    if (["document", "stylesheet", "script", "font"].includes(request.resourceType())) fetched.push(new URL(request.url()).pathname);
  });
  await page.goto(ARTICLE);
  // Fonts are fetched after layout, once the load event has fired: wait for them, not for quiet.
  await page.evaluate(() => document.fonts.ready);
  const counted = weight.files.map((file) => `/${file.slice(outDir.length + 1).replace(/index\.html$/, "")}`);
  await expect.poll(() => [...fetched].sort()).toEqual(counted.sort());
});

test("an open live page's scripts, Copy link and the one that offers new updates, fit the same budget together", () => {
  const { runtime } = projectBuild();
  const weight = pageWeight(projectSite.out, DARI_ARTICLE);
  expect(weight.files.filter((file) => file.endsWith(".js")).map((file) => file.slice(projectSite.out.length))).toEqual(
    expect.arrayContaining(["/copy-link.js", "/live-updates.js"]),
  );
  expect(weight.js.gzip).toBeLessThanOrEqual(budget.jsGzip[runtime === "stripped" ? "stripped" : "withRuntime"]);
  expect(weight.html.gzip + weight.css.gzip).toBeLessThan(budget.firstLoadGzip);
});
