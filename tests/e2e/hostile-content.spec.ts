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

const host = serveProjectBuild(serveWithHeaders, () => projectFixtureOut("hostile-content"));
const read = (relative: string) => fs.readFileSync(path.join(host.out, relative), "utf8");

test("no payload runs in Chromium on any article or any other kind of page, served with the site's own headers", async ({ page }) => {
  test.setTimeout(300_000);
  const watch = await watchPage(page);
  // The articles' photos are on other sites, which this machine cannot reach: they answer empty,
  // so that a failed download is not taken for something a payload did.
  await page.route((url) => url.origin !== host.origin, (route) => route.fulfill({ status: 204 }));
  // Every payload is in its article's page, in every field; the lists show them as their other pages do.
  for (const address of onePagePerKind(pagePaths(host.out))) {
    await page.goto(`${host.origin}${address}`, { waitUntil: "load" });
    // Handlers that wait for a reader (onmouseover, onfocus) would go off as the reader moves
    // through an article's links.
    if (address.startsWith("/articles/")) for (const link of (await page.locator("main a").all()).slice(0, 30)) await link.hover();
    expect(await watch.problems(), address).toEqual([]);
  }
  // The pages parse to the same document in Chromium as in jsdom, which tests/build/hostile-content.test.ts reads them with.
  const html = read(`articles/${slug(0)}/index.html`);
  await page.goto(`${host.origin}/articles/${slug(0)}/`);
  expect(await page.locator("h1").textContent()).toBe(new JSDOM(html).window.document.querySelector("h1")?.textContent);
});
