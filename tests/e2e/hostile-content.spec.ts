// Every attack string in tests/fixtures/attacks/ put in the body and in every string field an
// editor can write (tests/fixtures/hostile-content.ts), built once a run by the real build
// (tests/host/fixture-sites.ts) and opened in Chromium, under the headers the build ships, where no
// payload runs (window.__xss stays unset, no dialog opens). What the built files hold, parsed, is
// tests/build/hostile-content.test.ts's to show.
import fs from "node:fs";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { JSDOM } from "jsdom";
import { slug } from "../fixtures/hostile-content";
import { watchPage } from "../host/browser-watch";
import { onePagePerKind } from "../host/page-kinds";
import { pagePaths, serveWithHeaders } from "../host/serve-with-headers";
import { projectFixtureOut } from "./builds";
import { serveProjectBuild } from "./served-build";

declare global {
  interface Window {
    __hovered?: Set<Element>;
  }
}

// How many of an article's links the pointer goes over, the first of them.
const HOVERED = 30;

const host = serveProjectBuild(serveWithHeaders, () => projectFixtureOut("hostile-content"));
const read = (relative: string) => fs.readFileSync(path.join(host.out, relative), "utf8");

test("no payload runs in Chromium on any article or any other kind of page, served with the site's own headers", async ({ page }) => {
  test.setTimeout(300_000);
  const watch = await watchPage(page);
  // The articles' photos are on other sites, which this machine cannot reach: they answer empty,
  // so that a failed download is not taken for something a payload did.
  await page.route((url) => url.origin !== host.origin, (route) => route.fulfill({ status: 204 }));
  // Every link the pointer went over, as the page saw it.
  await page.addInitScript(() => {
    window.__hovered = new Set();
    document.addEventListener("mouseover", (event) => event.target instanceof Element && window.__hovered?.add(event.target.closest("a") ?? event.target), true);
  });
  // Every payload is in its article's page, in every field; the lists show them as their other pages do.
  for (const address of onePagePerKind(pagePaths(host.out))) {
    await page.goto(`${host.origin}${address}`, { waitUntil: "load" });
    // Handlers that wait for a reader (onmouseover, onfocus) would go off as the reader moves
    // through an article's links. The pointer goes straight to each (force: Playwright's waits for
    // a still page cost as much again), and the page says which it reached: every one.
    if (address.startsWith("/articles/")) {
      const links = page.locator("main a");
      for (const link of (await links.all()).slice(0, HOVERED)) await link.hover({ force: true });
      const missed = await links.evaluateAll((all, count) => all.slice(0, count).filter((link) => !window.__hovered?.has(link)).map((link) => link.outerHTML), HOVERED);
      expect(missed, `${address}: links the pointer did not reach`).toEqual([]);
    }
    expect(await watch.problems(), address).toEqual([]);
  }
  // The pages parse to the same document in Chromium as in jsdom, which tests/build/hostile-content.test.ts reads them with.
  const html = read(`articles/${slug(0)}/index.html`);
  await page.goto(`${host.origin}/articles/${slug(0)}/`);
  expect(await page.locator("h1").textContent()).toBe(new JSDOM(html).window.document.querySelector("h1")?.textContent);
});
