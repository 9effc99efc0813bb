// On paper: the story and its timeline, without navigation or share buttons, with every link in
// the body followed by its address. On screen: motion only for readers who have not asked for less.
import { expect, test } from "@playwright/test";
import { PHOTO_ARTICLE } from "./fixture-site";

const ARTICLE = "/articles/second-anti-taliban-commander-killed-in-iran/";

test("printing leaves out navigation and sharing, keeps the timeline, and prints link addresses", async ({ page }) => {
  await page.emulateMedia({ media: "print" });
  await page.goto(ARTICLE);
  await expect(page.getByRole("navigation", { name: "Sections" })).toBeHidden();
  await expect(page.getByRole("group", { name: "Share" })).toBeHidden();
  await expect(page.getByRole("link", { name: "Skip to content" })).toBeHidden();
  await expect(page.getByRole("complementary", { name: "Related events" })).toBeVisible();
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();

  await page.goto(PHOTO_ARTICLE);
  const link = page.locator(".article-body a").first();
  const after = await link.evaluate((element) => getComputedStyle(element, "::after").content);
  expect(after).toBe(`" (https://example.com/customs)"`);
  await expect(page.getByRole("figure")).toBeVisible();
});

test("the page scrolls smoothly to a subheading, unless the reader asks for less motion", async ({ page }) => {
  await page.goto(ARTICLE);
  expect(await page.evaluate(() => getComputedStyle(document.documentElement).scrollBehavior)).toBe("smooth");
  await page.emulateMedia({ reducedMotion: "reduce" });
  expect(await page.evaluate(() => getComputedStyle(document.documentElement).scrollBehavior)).toBe("auto");
  expect(await page.locator(".skip-link").evaluate((element) => getComputedStyle(element).transitionDuration)).toBe("0s");
});
