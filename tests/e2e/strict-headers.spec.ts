// The built site served with the headers it ships, by the Node test server that reads out/_headers
// and by nginx with the configuration the build wrote beside out/: every response carries the
// headers _headers gives its address, caching fits each kind of file, an unknown address is the
// 404 page, a page of each kind renders under its Content-Security-Policy without a single violation, and
// the policy does refuse a script that is not the site's own.
import fs from "node:fs";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { NOT_FOUND_COPIES } from "../../scripts/build/nginx-config";
import { watchPage } from "../host/browser-watch";
import { onePagePerKind } from "../host/page-kinds";
import { pagePaths, parseHeadersFile, serveWithHeaders } from "../host/serve-with-headers";
import { serveWithNginx } from "../host/serve-with-nginx";
import { serveProjectBuild } from "./served-build";

const ARTICLE = "/articles/second-anti-taliban-commander-killed-in-iran/";

/** What out/_headers gives `address`: every matching rule's headers, later rules winning. */
function shipped(out: string, address: string): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const rule of parseHeadersFile(fs.readFileSync(path.join(out, "_headers"), "utf8"))) {
    if (rule.pattern.test(address)) for (const [name, value] of rule.headers) headers[name.toLowerCase()] = value;
  }
  return headers;
}

/** A file of the build under `folder`, as its address. */
function someFile(out: string, folder: string, extension: string): string {
  const name = fs.readdirSync(path.join(out, folder), { recursive: true, encoding: "utf8" }).find((file) => file.endsWith(extension));
  if (!name) throw new Error(`the build wrote no ${extension} file in ${folder}/`);
  return `/${folder}/${name.split(path.sep).join("/")}`;
}

for (const [server, serve] of [
  ["Node test server", serveWithHeaders],
  ["nginx", serveWithNginx],
] as const) {
  test.describe(server, () => {
    const served = serveProjectBuild(serve);

    test("every response carries the headers out/_headers gives its address, the policy never allowing unsafe-inline", async ({ request }) => {
      const addresses = ["/", ARTICLE, "/feed.xml", "/sitemap.xml", "/logo.png", "/copy-link.js", someFile(served.out, "_next/static", ".css"), someFile(served.out, "fonts", ".woff2")];
      for (const address of addresses) {
        const response = await request.get(`${served.origin}${address}`);
        expect(response.status(), address).toBe(200);
        const headers = shipped(served.out, address);
        expect(Object.keys(headers), address).toEqual(
          expect.arrayContaining(["content-security-policy", "strict-transport-security", "x-content-type-options", "referrer-policy", "permissions-policy", "cache-control"]),
        );
        expect(response.headers(), address).toMatchObject(headers);
        expect(headers["content-security-policy"], address).not.toContain("unsafe-inline");
      }
      expect(shipped(served.out, ARTICLE)["content-security-policy"]).toContain("frame-ancestors 'none'");
    });

    test("pages, feeds and sitemaps are revalidated by ETag on every request; hashed files and fonts are kept a year", async ({ request }) => {
      for (const address of ["/", ARTICLE, "/feed.xml", "/atom.xml", "/feed.json", "/sitemap.xml", "/news-sitemap.xml"]) {
        const response = await request.get(`${served.origin}${address}`);
        expect(response.headers()["cache-control"], address).toBe("no-cache");
        const etag = response.headers().etag;
        expect(etag, address).toBeTruthy();
        expect((await request.get(`${served.origin}${address}`, { headers: { "If-None-Match": etag } })).status(), address).toBe(304);
      }
      const hashed = await request.get(`${served.origin}${someFile(served.out, "_next/static", ".css")}`);
      expect(hashed.headers()["cache-control"]).toBe("public, max-age=31536000, immutable");
      const font = await request.get(`${served.origin}${someFile(served.out, "fonts", ".woff2")}`);
      expect(font.headers()["cache-control"]).toMatch(/^public, max-age=31536000$/);
      expect(font.headers()["content-type"]).toBe("font/woff2");
    });

    test("an unknown address is the 404 page, with status 404 and the pages' headers", async ({ page }) => {
      const response = await page.goto(`${served.origin}/articles/no-such-story/`);
      expect(response?.status()).toBe(404);
      await expect(page.locator("h1")).toHaveCount(1);
      expect(response?.headers()).toMatchObject(shipped(served.out, "/404.html"));
      const folder = await page.request.get(`${served.origin}${ARTICLE.slice(0, -1)}`, { maxRedirects: 0 });
      expect(folder.status()).toBe(301);
      expect(folder.headers().location).toBe(ARTICLE);
    });

    test("the host's own files and Next.js's copies of the 404 page are not served: each is the 404 page, with status 404", async ({ request }) => {
      test.skip(server !== "nginx", "Netlify and Cloudflare Pages, which the Node test server stands in for, read _headers and never serve it");
      expect(fs.existsSync(path.join(served.out, "_headers"))).toBe(true);
      for (const address of ["/_headers", "/404/", "/404/index.html", "/_not-found/", "/_not-found/index.html"]) {
        const response = await request.get(`${served.origin}${address}`, { maxRedirects: 0 });
        expect(response.status(), address).toBe(404);
        expect(await response.text(), address).toBe(fs.readFileSync(path.join(served.out, "404.html"), "utf8"));
        expect(response.headers(), address).toMatchObject(shipped(served.out, "/404.html"));
      }
    });

    test("a page of each kind renders under the policy with no violation and no error", async ({ page }) => {
      const watch = await watchPage(page);
      // Next.js's copies of the 404 page are no pages of the site (nginx answers 404 there); 404.html is.
      const pages = onePagePerKind(pagePaths(served.out).filter((address) => !NOT_FOUND_COPIES.includes(address)));
      expect(pages).toContain(ARTICLE);
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
      await page.goto(`${served.origin}${ARTICLE}`);
      await page.evaluate(() => {
        const script = document.createElement("script");
        script.textContent = "window.__xss = 1";
        document.body.append(script);
      });

      expect((await watch.problems()).join("\n")).toMatch(/CSP violation: script-src(-elem)? blocked inline/);
      expect(await page.evaluate(() => window.__xss)).toBeUndefined();
    });
  });
}
