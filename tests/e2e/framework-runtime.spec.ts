// The default build ships no Next.js runtime (scripts/build/strip-framework-runtime.ts): every page
// keeps only its own scripts, nothing links to a file that was removed, and readers see exactly
// what the build with the runtime shows them. It compares the two builds, so it runs once, in the
// default build's project.
import fs from "node:fs";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { attribute, htmlElements } from "../../scripts/build/html-elements";
import { stripPage } from "../../scripts/build/strip-page";
import { fixtureSiteOut } from "../host/fixture-sites";
import { onePagePerKind } from "../host/page-kinds";
import { builds, origin, type Build } from "./builds";

const [stripped, withRuntime] = builds;
const outOf = (build: Build) => fixtureSiteOut(build.site);
const filesIn = (dir: string) =>
  fs
    .readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)).split(path.sep).join("/"));
const pagesIn = (dir: string) => filesIn(dir).filter((file) => file.endsWith(".html"));
const addressOf = (page: string) => `/${page.replace(/index\.html$/, "")}`;

test("pages keep only their own scripts: JSON-LD, and none of Next.js's", () => {
  for (const page of pagesIn(outOf(stripped))) {
    const scripts = [...htmlElements(fs.readFileSync(path.join(outOf(stripped), page), "utf8"))].filter((element) => element.tagName === "script");
    for (const script of scripts) {
      const src = attribute(script, "src");
      expect(src === undefined ? attribute(script, "type") : src.startsWith("/_next/") ? src : "our own", page).toMatch(/^(application\/ld\+json|our own)$/);
    }
  }
});

test("no runtime files are left, and every file a page links to exists", () => {
  const files = filesIn(outOf(stripped));
  expect(files.filter((file) => /(^|\/)__next\.|(^|\/)index\.txt$|^_next\/.*\.js$/.test(file))).toEqual([]);
  const existing = new Set(files);
  for (const page of pagesIn(outOf(stripped))) {
    for (const element of htmlElements(fs.readFileSync(path.join(outOf(stripped), page), "utf8"))) {
      const link = attribute(element, "href") ?? attribute(element, "src");
      if (!link?.startsWith("/") || link.startsWith("//")) continue;
      const target = decodeURIComponent(link.split(/[?#]/)[0].slice(1));
      expect(existing.has(target) || existing.has(`${target}index.html`), `${page} links to ${link}`).toBe(true);
    }
  }
});

test("the stripper still recognises Next.js's output: stripping the build with the runtime gives the default build", () => {
  const pages = pagesIn(outOf(withRuntime));
  expect(pages.sort()).toEqual(pagesIn(outOf(stripped)).sort());
  for (const page of pages) {
    // With inline scripts, each page carries its own script-src (scripts/build/host-headers.ts), which
    // pages without them have no need of.
    const html = fs.readFileSync(path.join(outOf(withRuntime), page), "utf8").replace(/<meta http-equiv="Content-Security-Policy" content="[^"]*"\/>/, "");
    expect(stripPage(html, page), page).toBe(fs.readFileSync(path.join(outOf(stripped), page), "utf8"));
  }
});

test("a page of each kind shows readers the same text and links with or without the runtime, once it has run", async ({ page }) => {
  // It loads the pages of both builds, one after another.
  test.setTimeout(300_000);
  const seen = async (url: string) => {
    await page.goto(url);
    return page.evaluate(() => ({
      text: document.body.innerText,
      title: document.title,
      links: [...document.querySelectorAll("a")].map((link) => link.getAttribute("href")),
    }));
  };
  for (const address of onePagePerKind(pagesIn(outOf(stripped)).map((file) => addressOf(file).replace(/\.html$/, "")))) {
    expect(await seen(`${origin(stripped)}${address}`), address).toEqual(await seen(`${origin(withRuntime)}${address}`));
  }
});

test("links are plain page loads", async ({ page }) => {
  await page.goto("/");
  const loads: string[] = [];
  page.on("load", () => loads.push(page.url()));
  await page.getByRole("link", { name: "Second anti-Taliban commander killed in Iran in under four months" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Second anti-Taliban commander killed in Iran in under four months");
  // The heading can show before the page's load event fires: wait for the event, not a moment.
  await expect.poll(() => loads).toEqual([`${origin(stripped)}/articles/second-anti-taliban-commander-killed-in-iran/`]);
});
