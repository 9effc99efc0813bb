// The built site served with the headers it ships in out/_headers, exactly: every page renders
// under its Content-Security-Policy without a single violation, and the policy does refuse a
// script that is not the site's own.
import fs from "node:fs";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { watchPage } from "../host/browser-watch";
import { pagePaths, parseHeadersFile } from "../host/serve-with-headers";
import { projectSite as served } from "./builds";

test("every response carries the headers out/_headers lists, the policy never allowing unsafe-inline", async ({ request }) => {
  const [rule] = parseHeadersFile(fs.readFileSync(path.join(served.out, "_headers"), "utf8"));
  const headers = Object.fromEntries(rule.headers.map(([name, value]) => [name.toLowerCase(), value]));
  expect(Object.keys(headers)).toEqual(
    expect.arrayContaining(["content-security-policy", "strict-transport-security", "x-content-type-options", "referrer-policy", "permissions-policy"]),
  );
  expect(headers["content-security-policy"]).toContain("frame-ancestors 'none'");
  expect(headers["content-security-policy"]).not.toContain("unsafe-inline");
  for (const address of ["/", "/articles/second-anti-taliban-commander-killed-in-iran/", "/feed.xml", "/logo.png"]) {
    const response = await request.get(`${served.origin}${address}`);
    expect(response.status(), address).toBe(200);
    expect(response.headers(), address).toMatchObject(headers);
  }
});

test("every page renders under the policy with no violation and no error", async ({ page }) => {
  // Every page of the fixture site, one after another.
  test.setTimeout(120_000);
  const watch = await watchPage(page);
  const pages = pagePaths(served.out);
  expect(pages).toContain("/articles/second-anti-taliban-commander-killed-in-iran/");
  for (const address of pages) {
    await test.step(address, async () => {
      await page.goto(`${served.origin}${address}`, { waitUntil: "load" });
      await expect(page.locator("h1")).toHaveCount(1);
      // Scripts are limited by the header's policy or, when pages have inline scripts, by the page's own.
      const response = await page.request.get(`${served.origin}${address}`);
      const pagePolicy = await page.evaluate(() => document.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute("content"));
      expect(`${response.headers()["content-security-policy"]}; ${pagePolicy}`).toMatch(/(^|; )script-src 'self'/);
      await expect(page.locator("link[rel=stylesheet]").first()).toBeAttached();
      // The stylesheet applied: the masthead is laid out by it, not by the browser's defaults.
      expect(await page.locator(".masthead").evaluate((element) => getComputedStyle(element).display)).not.toBe("inline");
    });
  }
  expect(await watch.problems()).toEqual([]);
});

test("the policy refuses an inline script that is not one of the page's own", async ({ page }) => {
  const watch = await watchPage(page);
  await page.goto(`${served.origin}/articles/second-anti-taliban-commander-killed-in-iran/`);
  await page.evaluate(() => {
    const script = document.createElement("script");
    script.textContent = "window.__xss = 1";
    document.body.append(script);
  });

  expect((await watch.problems()).join("\n")).toMatch(/CSP violation: script-src(-elem)? blocked inline/);
  expect(await page.evaluate(() => window.__xss)).toBeUndefined();
});
