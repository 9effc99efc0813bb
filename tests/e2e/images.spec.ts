// An article's own photo (tests/fixtures): a figure with its caption and credit, its size set so
// nothing moves, and narrower copies written by the build for smaller screens. A live update's
// photo (the Dari live story's first update) is published the same way.
import { expect, test, type APIRequestContext, type Locator, type Page } from "@playwright/test";
import sharp from "sharp";
import { DARI_ARTICLE, PHOTO_ARTICLE } from "./fixture-site";

/** Each copy in `image`'s srcset is served at the width it is listed with, in the original's shape, without the camera's metadata. */
async function expectCopies(page: Page, request: APIRequestContext, image: Locator, widths: string[], original: { width: number; height: number }) {
  const srcset = (await image.getAttribute("srcset"))!;
  const candidates = srcset.split(", ").map((candidate) => candidate.split(" "));
  expect(candidates.map(([, width]) => width)).toEqual(widths);
  for (const [url, width] of candidates) {
    const response = await request.get(new URL(url, page.url()).href);
    expect(response.status(), url).toBe(200);
    const { width: actual, height, exif } = await sharp(await response.body()).metadata();
    expect(`${actual}w`, url).toBe(width);
    expect(height, url).toBe((Number.parseInt(width) * original.height) / original.width);
    expect(exif, url).toBeUndefined();
  }
}

test("the photo is a figure with its caption and credit, its size, and a srcset the build wrote", async ({ page, request }) => {
  await page.goto(PHOTO_ARTICLE);
  const figure = page.getByRole("figure");
  await expect(figure.locator("figcaption")).toHaveText("The market beside the crossing on the day it reopened. Photo: Test Fixture Photo Agency");
  const image = figure.getByRole("img", { name: "Mud-brick stalls below brown hills, under a pale sky" });
  await expect(image).toHaveAttribute("width", "1600");
  await expect(image).toHaveAttribute("height", "1000");
  await expectCopies(page, request, image, ["400w", "800w", "1200w", "1600w"], { width: 1600, height: 1000 });
});

test("a live update's photo has its size and the build's copies too, lazily fetched, and the camera's metadata is not published", async ({ page, request }) => {
  await page.goto(DARI_ARTICLE);
  const image = page.locator("#update-first-lorries").getByRole("img", { name: "موترهای باربری در جاده کنار گذرگاه" });
  await expect(image).toHaveAttribute("width", "1000");
  await expect(image).toHaveAttribute("height", "625");
  await expect(image).toHaveAttribute("loading", "lazy");
  await expect(image).toHaveAttribute("sizes", /^\(min-width: 64rem\)/);
  // The file in tests/fixtures/public carries a camera's make, model and copyright.
  await expectCopies(page, request, image, ["400w", "800w", "1000w"], { width: 1000, height: 625 });
});

test("a phone downloads a copy near its screen's width, not the original", async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 375, height: 812 }, deviceScaleFactor: 2 });
  const page = await context.newPage();
  await page.goto(PHOTO_ARTICLE);
  const image = page.getByRole("figure").getByRole("img");
  await expect.poll(() => image.evaluate((img: HTMLImageElement) => img.complete && img.currentSrc)).toMatch(/border-market-800w\.jpg$/);
  await context.close();
});
