// WCAG 2.2 AA as the floor, on a page of each kind of the fixture site (every article: the launch
// article, a Dari article, a photo story, a corrected story...; a page of each list), in the light
// and the dark theme.
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { pageOfEachKind } from "./site-pages";

const ARTICLE = "/articles/second-anti-taliban-commander-killed-in-iran/";

async function axeViolations(page: Page, url: string): Promise<string[]> {
  await page.goto(url);
  const results = await new AxeBuilder({ page })
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"])
    .analyze();
  return results.violations.map(
    (violation) => `${url}: ${violation.id} (${violation.help}) at ${violation.nodes.map((node) => node.target.join(" ")).join(", ")}`,
  );
}

for (const colorScheme of ["light", "dark"] as const) {
  test(`axe finds no violation on a page of each kind in the ${colorScheme} theme`, async ({ page, request }) => {
    // axe over many pages takes minutes when the other workers share the cores with it.
    test.setTimeout(300_000);
    await page.emulateMedia({ colorScheme });
    const violations: string[] = [];
    for (const url of await pageOfEachKind(request)) violations.push(...(await axeViolations(page, url)));
    expect(violations).toEqual([]);
  });
}

/** Each heading's level, in document order. */
const headingLevels = (page: Page) => page.locator("h1, h2, h3, h4, h5, h6").evaluateAll((headings) => headings.map((h) => Number(h.tagName[1])));

test("a page of each kind has the landmarks, one h1 and no skipped heading level", async ({ page, request }) => {
  for (const url of await pageOfEachKind(request)) {
    await page.goto(url);
    await expect(page.getByRole("banner"), url).toHaveCount(1);
    await expect(page.getByRole("navigation", { name: /Sections|بخش‌ها/ }), url).toHaveCount(1);
    await expect(page.getByRole("main"), url).toHaveCount(1);
    await expect(page.getByRole("contentinfo"), url).toHaveCount(1);
    const levels = await headingLevels(page);
    expect(levels.filter((level) => level === 1), url).toHaveLength(1);
    expect(levels[0], url).toBe(1);
    levels.forEach((level, index) => index > 0 && expect(level - levels[index - 1], `${url}: h${levels[index - 1]} then h${level}`).toBeLessThanOrEqual(1));
  }
  await page.goto(ARTICLE);
  await expect(page.getByRole("complementary", { name: "Related events" })).toHaveCount(1);
});

test("the skip link is the first thing a keyboard reaches, and moves focus to the content", async ({ page }) => {
  await page.goto(ARTICLE);
  await page.keyboard.press("Tab");
  const skip = page.getByRole("link", { name: "Skip to content" });
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("main")).toBeFocused();
  // The next Tab continues from the content, not from the top of the page.
  await page.keyboard.press("Tab");
  await expect(page.getByRole("main").getByRole("link", { name: "Afghanistan", exact: true })).toBeFocused();
});

test("the timeline is an ordered list whose items start with their dates", async ({ page }) => {
  await page.goto(ARTICLE);
  const list = page.getByRole("complementary", { name: "Related events" }).getByRole("list");
  expect(await list.evaluate((element) => element.tagName)).toBe("OL");
  await expect(list.getByRole("listitem").first()).toHaveText(/^15 August 2021/);
});

// 320 CSS px is WCAG's reflow width; a 1280 px screen at 200% zoom is 640 CSS px.
for (const width of [320, 640]) {
  test(`a page of each kind reflows to ${width} CSS px with no sideways scrolling`, async ({ page, request }) => {
    await page.setViewportSize({ width, height: 800 });
    for (const url of await pageOfEachKind(request)) {
      await page.goto(url);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, url).toBeLessThanOrEqual(0);
    }
    // The article's headline and its first paragraph are still there to read.
    await page.goto(ARTICLE);
    await expect(page.getByRole("heading", { level: 1 })).toBeInViewport();
  });
}
