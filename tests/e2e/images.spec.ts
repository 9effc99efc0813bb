// An article's own photo (tests/fixtures): a figure with its caption and credit, its size set so
// nothing moves, and narrower copies written by the build for smaller screens.
import { expect, test } from "@playwright/test";
import sharp from "sharp";
import { PHOTO_ARTICLE } from "./fixture-site";

test("the photo is a figure with its caption and credit, its size, and a srcset the build wrote", async ({ page, request }) => {
  await page.goto(PHOTO_ARTICLE);
  const figure = page.getByRole("figure");
  await expect(figure.locator("figcaption")).toHaveText("The market beside the crossing on the day it reopened. Photo: Test Fixture Photo Agency");
  const image = figure.getByRole("img", { name: "Mud-brick stalls below brown hills, under a pale sky" });
  await expect(image).toHaveAttribute("width", "1600");
  await expect(image).toHaveAttribute("height", "1000");

  const srcset = (await image.getAttribute("srcset"))!;
  const candidates = srcset.split(", ").map((candidate) => candidate.split(" "));
  expect(candidates.map(([, width]) => width)).toEqual(["400w", "800w", "1200w", "1600w"]);
  for (const [url, width] of candidates) {
    const response = await request.get(new URL(url, page.url()).href);
    expect(response.status(), url).toBe(200);
    const { width: actual, height } = await sharp(await response.body()).metadata();
    expect(`${actual}w`, url).toBe(width);
    expect(height, url).toBe((Number.parseInt(width) * 1000) / 1600);
  }
});

test("a phone downloads a copy near its screen's width, not the original", async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 375, height: 812 }, deviceScaleFactor: 2 });
  const page = await context.newPage();
  await page.goto(PHOTO_ARTICLE);
  const image = page.getByRole("figure").getByRole("img");
  await expect.poll(() => image.evaluate((img: HTMLImageElement) => img.complete && img.currentSrc)).toMatch(/border-market-800w\.jpg$/);
  await context.close();
});
