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

test("until the font arrives, the resized fallback sets the text in as many lines, so nothing jumps", async ({ browser }) => {
  const heights = async (blockFonts: boolean) => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    if (blockFonts) await page.route("**/*.woff2", (route) => route.abort());
    await page.goto(ARTICLE);
    await page.evaluate(() => document.fonts.ready);
    const measured = await page.evaluate(() =>
      [".article-header h1", ".standfirst", ".article-body"].map((selector) => document.querySelector(selector)!.getBoundingClientRect().height),
    );
    const loaded = await page.evaluate(() => [...document.fonts].find((face) => face.family.replace(/"/g, "") === "Source Serif 4")?.status);
    await context.close();
    return { measured, loaded };
  };
  const webFont = await heights(false);
  const fallback = await heights(true);
  expect([webFont.loaded, fallback.loaded]).toEqual(["loaded", "error"]);
  // Line heights are fixed, so equal heights mean the same number of lines; one line's give in the body.
  expect(fallback.measured[0]).toBe(webFont.measured[0]);
  expect(fallback.measured[1]).toBe(webFont.measured[1]);
  expect(Math.abs(fallback.measured[2] - webFont.measured[2])).toBeLessThanOrEqual(30);
});
