// A Dari article (tests/fixtures) reads right to left: the page's language and direction, a
// mirrored layout, its own font, the Solar Hijri calendar with Persian digits, and Dari labels.
import { expect, test } from "@playwright/test";
import { DARI_ARTICLE } from "./fixture-site";

test("the Dari article is marked fa-AF, right to left, and laid out as a mirror image", async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto(DARI_ARTICLE);
  expect(await page.evaluate(() => [document.documentElement.lang, document.documentElement.dir])).toEqual(["fa-AF", "rtl"]);
  expect(await page.locator("body").evaluate((body) => getComputedStyle(body).direction)).toBe("rtl");

  const body = (await page.locator(".article-body").boundingBox())!;
  const timeline = (await page.getByRole("complementary", { name: "رویدادهای مرتبط" }).boundingBox())!;
  // The sidebar is on the left of the body, and the headline starts at the right.
  expect(timeline.x + timeline.width).toBeLessThanOrEqual(body.x);
  expect(timeline.y).toBeLessThan(body.y + body.height);
  const headline = (await page.getByRole("heading", { level: 1 }).boundingBox())!;
  const main = (await page.getByRole("main").boundingBox())!;
  expect(main.x + main.width - (headline.x + headline.width)).toBeLessThan(main.width / 2 - headline.width / 2);

  await page.setViewportSize({ width: 375, height: 812 });
  const narrowBody = (await page.locator(".article-body").boundingBox())!;
  const narrowTimeline = (await page.getByRole("complementary").boundingBox())!;
  expect(narrowTimeline.y).toBeGreaterThanOrEqual(narrowBody.y + narrowBody.height);
});

test("its dates are in the Solar Hijri calendar with Persian digits, and its labels in Dari", async ({ page }) => {
  await page.goto(DARI_ARTICLE);
  const header = page.locator(".article-header");
  await expect(header.locator('time[datetime="2025-11-05"]')).toHaveText("۱۴ عقرب ۱۴۰۴");
  await expect(header.locator(".updated")).toHaveText("به‌روز شده ۱۵ عقرب ۱۴۰۴");
  await expect(header.getByText("نویسنده: خبرنگار ما")).toBeVisible();
  await expect(header.getByText("۱ دقیقه خواندن")).toBeVisible();
  await expect(page.getByRole("group", { name: "شریک‌سازی" }).getByRole("link")).toHaveText(["ایمیل", "ایکس", "فیسبوک", "واتس‌اپ", "تلگرام"]);

  const timeline = page.getByRole("complementary", { name: "رویدادهای مرتبط" });
  // Days in the reader's calendar; a year or a month alone stays Gregorian, marked "م.".
  await expect(timeline.locator("li time")).toHaveText(["حدود ۲۰۲۳ م.", "۵ عقرب ۱۴۰۴", "اکتوبر ۲۰۲۵ م.", "۱۲ عقرب ۱۴۰۴"]);
  await expect(timeline.getByText("همین گزارش")).toBeVisible();
  await expect(page.getByRole("navigation", { name: "بیشتر در این موضوع‌ها" })).toBeVisible();
  await expect(page.getByRole("link", { name: "رفتن به متن اصلی" })).toHaveAttribute("href", "#main-content");
  // The site's English name is marked as English, so a screen reader does not read it as Dari.
  await expect(page.getByRole("banner").getByRole("link", { name: "The Frontier Dispatch" })).toHaveAttribute("lang", "en");
});

test("only right-to-left pages download the Arabic-script font", async ({ page, browser, baseURL }) => {
  const fonts: string[] = [];
  page.on("request", (request) => request.resourceType() === "font" && fonts.push(new URL(request.url()).pathname));
  await page.goto(DARI_ARTICLE);
  await page.evaluate(() => document.fonts.ready);
  expect(fonts).toContain("/fonts/vazirmatn-arabic-400-normal.woff2");
  expect(await page.evaluate(() => document.fonts.check("16px Vazirmatn", "گذرگاه"))).toBe(true);

  // A reader who opens the English front page, which names the Dari edition (دری) in its masthead,
  // gets it in their own fonts. In a fresh browser, as such a reader has: right after a Dari page,
  // Chromium asks its cache for the Dari font again for those letters.
  const english = await browser.newContext({ baseURL });
  const front = await english.newPage();
  const frontFonts: string[] = [];
  front.on("request", (request) => request.resourceType() === "font" && frontFonts.push(new URL(request.url()).pathname));
  await front.goto("/");
  await front.evaluate(() => document.fonts.ready);
  expect(frontFonts.filter((font) => font.includes("vazirmatn"))).toEqual([]);
  await english.close();
});

test("its live coverage reads right to left in Dari: the label, what we know, then the updates newest first, each with its time and link", async ({ page }) => {
  await page.goto(DARI_ARTICLE);
  await expect(page.locator(".article-header .live-label")).toHaveText("زنده");
  await expect(page.getByRole("region", { name: "آنچه می‌دانیم" }).getByRole("listitem")).toHaveCount(2);
  const updates = page.getByRole("region", { name: "تازه‌ترین‌ها" }).getByRole("article");
  await expect(updates).toHaveCount(2);
  await expect(updates.first()).toHaveAttribute("id", "update-traders-return");
  await expect(updates.last().getByRole("heading", { level: 3 })).toHaveText("۱۴ عقرب ۱۴۰۴، ساعت ۰۹:۳۰ نخستین موترها از مرز گذشتند");
  await expect(updates.last().getByRole("link", { name: "پیوند این تازه" })).toHaveAttribute("href", /\/articles\/border-crossing-dari\/#update-first-lorries$/);
  // Its time sits at the right, where the Dari line starts.
  const update = (await updates.first().boundingBox())!;
  const time = (await updates.first().locator("time").boundingBox())!;
  expect(update.x + update.width - (time.x + time.width)).toBeLessThan(2);
  // An open live page, and only it, loads the script that offers new updates.
  expect(await page.locator('script[src="/live-updates.js"]').count()).toBe(1);
  await page.goto("/articles/corrected-story/");
  expect(await page.locator('script[src="/live-updates.js"]').count()).toBe(0);
});
