// Fonts come from this site (out of the npm packages), one Latin file on English pages, preloaded
// so text is set in it from the first paint.
import { expect, test } from "@playwright/test";

const ARTICLE = "/articles/second-anti-taliban-commander-killed-in-iran/";

test("the English article downloads one font file, the preloaded Latin Source Serif, under 40 KB", async ({ page }) => {
  const fonts: { path: string; bytes: number }[] = [];
  page.on("requestfinished", async (request) => {
    if (request.resourceType() !== "font") return;
    const sizes = await request.sizes();
    fonts.push({ path: new URL(request.url()).pathname, bytes: sizes.responseBodySize });
  });
  await page.goto(ARTICLE);
  await page.evaluate(() => document.fonts.ready);
  await expect.poll(() => fonts.length).toBe(1);
  expect(fonts[0].path).toBe("/fonts/source-serif-4-latin-400-normal.woff2");
  expect(fonts[0].bytes).toBeLessThan(40_000);
  await expect(page.locator('link[rel="preload"][as="font"]')).toHaveAttribute("href", "/fonts/source-serif-4-latin-400-normal.woff2");
  expect(await page.evaluate(() => document.fonts.check('18px "Source Serif 4"', "Kabul"))).toBe(true);
  expect(await page.locator(".article-body p").first().evaluate((p) => getComputedStyle(p).fontFamily)).toMatch(/^"Source Serif 4"/);
});
