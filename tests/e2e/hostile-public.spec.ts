// Files in public/ that could run script on the site's origin, put there by a contributor (the
// check refuses them; these tests show that the headers hold even when one slips through): an
// HTML page with inline scripts and Next.js-looking script tags, an SVG with a script, a .js that
// is not one of ours (tests/fixtures/hostile-public.ts). The site is really built, once a run, from a
// copy of the project with them in its public/ (tests/host/fixture-sites.ts), and served with its real headers by the Node test server and by nginx: the pages'
// policy is the same as without them, nothing of theirs runs in Chromium, and pages are untouched.
import fs from "node:fs";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { watchPage } from "../host/browser-watch";
import { HOSTILE_PUBLIC_FILES } from "../fixtures/hostile-public";
import { fixtureSiteOut } from "../host/fixture-sites";
import { serveWithHeaders, sitePolicy, type Host } from "../host/serve-with-headers";
import { serveWithNginx } from "../host/serve-with-nginx";
import { projectBuild, projectSite } from "./builds";

let out = "";
test.beforeAll(() => {
  // Where a page of public/ could relax the policy: without the runtime, when pages have no inline script.
  test.skip(projectBuild().runtime === "kept", "the stripped build's policy is the one a public page could relax");
  out = fixtureSiteOut("hostile-public");
});

test("the pages' policy is the same as the site's without them, and public/'s pages are left as they were", () => {
  const unchanged = sitePolicy(projectSite.out);
  expect(sitePolicy(out)).toBe(unchanged);
  expect(sitePolicy(out)).toContain("script-src 'self'");
  expect(fs.readFileSync(path.join(out, "evil.html"), "utf8")).toBe(HOSTILE_PUBLIC_FILES["evil.html"]);
  expect(fs.readFileSync(path.join(out, "articles/market-photo-story/index.html"), "utf8")).not.toContain('http-equiv="Content-Security-Policy"');
});

for (const [server, serve] of [
  ["Node test server", serveWithHeaders],
  ["nginx", serveWithNginx],
] as const) {
  test.describe(server, () => {
    let host: Host;
    test.beforeAll(async () => {
      host = await serve(out);
    });
    test.afterAll(async () => host?.close());

    test("an HTML page from public/ is a download, sandboxed, and never a page of the site", async ({ page, request }) => {
      for (const address of ["/evil.html", "/press/"]) {
        const response = await request.get(`${host.origin}${address}`);
        expect(response.headers(), address).toMatchObject({ "content-disposition": "attachment", "content-security-policy": "default-src 'none'; sandbox" });
        await expect(page.goto(`${host.origin}${address}`), address).rejects.toThrow(/Download is starting/);
      }
    });

    test("an SVG from public/ runs no script opened on its own, and still shows as an image", async ({ page }) => {
      const watch = await watchPage(page);
      await page.goto(`${host.origin}/evil.svg`);
      await expect(page.locator("rect")).toHaveCount(1);
      expect(await page.evaluate(() => window.__xss)).toBeUndefined();
      expect((await watch.problems()).join("\n")).toMatch(/sandbox|Blocked script|CSP violation/);

      await page.goto(`${host.origin}/articles/market-photo-story/`);
      const width = await page.evaluate(async () => {
        const image = new Image();
        image.src = "/evil.svg";
        await image.decode();
        return image.naturalWidth;
      });
      expect(width).toBe(10);
    });

    test("a page of the site that is made to load public/'s .js does not run it, while its own script works", async ({ page }) => {
      const watch = await watchPage(page);
      await page.goto(`${host.origin}/articles/market-photo-story/`);
      // The Copy link button is shown by /copy-link.js, the site's own script.
      await expect(page.locator(".copy-link")).toBeVisible();
      await page.evaluate(
        () =>
          new Promise((resolve) => {
            const script = document.createElement("script");
            script.src = "/evil.js";
            script.onload = script.onerror = resolve;
            document.body.append(script);
          }),
      );
      expect(await page.evaluate(() => window.__xss)).toBeUndefined();
      expect((await watch.problems()).join("\n")).toMatch(/evil\.js/);
    });
  });
}
