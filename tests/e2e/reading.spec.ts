import { expect, test } from "@playwright/test";

const ARTICLE = "/articles/second-anti-taliban-commander-killed-in-iran/";
const HEADLINE = "Second anti-Taliban commander killed in Iran in under four months";

test("a reader goes from the home page to the launch article", async ({ page }) => {
  await page.goto("/");
  await expect(page).toHaveTitle("The Frontier Dispatch");
  await page.getByRole("link", { name: HEADLINE }).click();
  await expect(page).toHaveURL(ARTICLE);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(HEADLINE);
  await expect(page).toHaveTitle(`${HEADLINE} | The Frontier Dispatch`);
});

test("the article shows its standfirst, credit, date, sections and timeline", async ({ page }) => {
  await page.goto(ARTICLE);
  const main = page.getByRole("main");
  await expect(main.getByText(/^A second former Afghan security commander/)).toBeVisible();
  await expect(main.getByRole("link", { name: "Afghanistan International" }).first()).toBeVisible();
  await expect(main.locator('time[datetime="2025-12-25"]')).toHaveText("25 December 2025");
  await expect(main.getByRole("heading", { level: 2 })).toHaveText([
    "Taliban's 'extraterritorial assassinations'",
    "Calls for accountability",
    "More on these topics",
    "Related events",
  ]);
  await expect(main.locator("section h2").first()).toHaveAttribute("id", "talibans-extraterritorial-assassinations");

  const timeline = page.getByRole("complementary", { name: "Related events" });
  await expect(timeline).toBeVisible();
  await expect(timeline.locator("li time")).toHaveText([
    "15 August 2021",
    "about 2023",
    "13 September 2025",
    "September 2025",
    "24 December 2025",
    "December 2025",
  ]);
  await expect(timeline.locator("li").filter({ hasText: "This article" })).toContainText("Ikramuddin Sari");
});

test("a subheading can be linked to by its id", async ({ page }) => {
  await page.goto(`${ARTICLE}#calls-for-accountability`);
  await expect(page.getByRole("heading", { name: "Calls for accountability" })).toBeInViewport();
});

test("the timeline sits beside the body on a wide screen and after it on a phone", async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto(ARTICLE);
  const body = (await page.locator(".article-body").boundingBox())!;
  let aside = (await page.getByRole("complementary").boundingBox())!;
  expect(aside.x).toBeGreaterThanOrEqual(body.x + body.width);
  expect(aside.y).toBeLessThan(body.y + body.height);

  await page.setViewportSize({ width: 375, height: 812 });
  const narrowBody = (await page.locator(".article-body").boundingBox())!;
  aside = (await page.getByRole("complementary").boundingBox())!;
  expect(aside.y).toBeGreaterThanOrEqual(narrowBody.y + narrowBody.height);
  const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(scrollWidth).toBeLessThanOrEqual(375);
});

test("an address the site does not have shows the 404 page with a 404 status", async ({ page }) => {
  for (const path of ["/no-such-page/", "/articles/no-such-article/"]) {
    const response = await page.goto(path);
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Page not found");
    await expect(page.getByRole("link", { name: "Read the latest reporting" })).toHaveAttribute("href", "/");
  }
});

test.describe("with JavaScript turned off", () => {
  test.use({ javaScriptEnabled: false });

  test("the whole article can still be read and navigated", async ({ page }) => {
    await page.goto("/");
    await page.getByRole("link", { name: HEADLINE }).click();
    await expect(page).toHaveURL(ARTICLE);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(HEADLINE);
    await expect(page.getByText(/^On Wednesday, former Afghan police general Ikramuddin Sari/)).toBeVisible();
    await expect(page.getByText(/^Iran, which has handed Afghanistan’s embassy in Tehran/)).toBeVisible();
    await expect(page.getByRole("complementary", { name: "Related events" }).locator("li")).toHaveCount(6);
  });
});
