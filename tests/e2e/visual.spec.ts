// The article page as readers see it (the fixture copy of the launch article, in the fixture
// site's masthead), on a phone and a desktop, light and dark: compared with the
// committed baselines (tests/e2e/visual.spec.ts-snapshots/), and measured for layout shift.
// After an intended change of design: npx playwright test visual --update-snapshots, then look.
import { expect, test, type Page } from "@playwright/test";

const ARTICLE = "/articles/second-anti-taliban-commander-killed-in-iran/";
const VIEWPORTS = [
  { name: "phone", width: 375, height: 812 },
  { name: "desktop", width: 1280, height: 800 },
];

/** The page's cumulative layout shift, from the moment it starts loading until it has settled. */
async function loadAndMeasureShift(page: Page, url: string): Promise<number> {
  await page.addInitScript(() => {
    const shifts: number[] = [];
    Object.assign(window, { __layoutShifts: shifts });
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) {
        if (!entry.hadRecentInput) shifts.push(entry.value);
      }
    }).observe({ type: "layout-shift", buffered: true });
  });
  await page.goto(url, { waitUntil: "load" });
  await page.evaluate(() => document.fonts.ready);
  // Two frames, so a shift caused by the last font or image to arrive is reported.
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
  return page.evaluate(() => (window as unknown as { __layoutShifts: number[] }).__layoutShifts.reduce((sum, value) => sum + value, 0));
}

for (const viewport of VIEWPORTS) {
  for (const colorScheme of ["light", "dark"] as const) {
    test(`the article page on a ${viewport.name} in the ${colorScheme} theme looks as it did`, async ({ page }) => {
      await page.setViewportSize(viewport);
      await page.emulateMedia({ colorScheme, reducedMotion: "reduce" });
      expect(await loadAndMeasureShift(page, ARTICLE)).toBe(0);
      await expect(page).toHaveScreenshot(`article-${viewport.name}-${colorScheme}.png`, { fullPage: true, maxDiffPixelRatio: 0.005 });
    });
  }
}
