// A reader with only a keyboard: Tab walks every link and button on the article page, in
// reading order, and each one shows where focus is.
import { expect, test } from "@playwright/test";

const ARTICLE = "/articles/second-anti-taliban-commander-killed-in-iran/";

// Without motion, each focused element is where it will stay the moment it is measured.
test.use({ reducedMotion: "reduce" });

interface Stop {
  label: string;
  outline: string;
  inViewport: boolean;
}

test("Tab reaches every link and button on the article page, each visibly focused", async ({ page }) => {
  await page.goto(ARTICLE);
  const controls = await page
    .locator("a[href], button, input")
    .evaluateAll((elements) => elements.filter((element) => (element as HTMLElement).offsetParent !== null || element.matches(".skip-link")).length);

  const stops: Stop[] = [];
  for (let step = 0; step < 100; step++) {
    await page.keyboard.press("Tab");
    const stop = await page.evaluate(() => {
      const element = document.activeElement as HTMLElement | null;
      if (!element || element === document.body) return undefined;
      const style = getComputedStyle(element);
      const box = element.getBoundingClientRect();
      // A form field is named by its label, as a screen reader names it.
      const name = element instanceof HTMLInputElement ? element.labels?.[0]?.textContent : element.textContent;
      return {
        label: `${element.tagName.toLowerCase()} "${name?.trim()}"`,
        outline: style.outlineStyle === "none" ? "none" : style.outlineWidth,
        inViewport: box.top >= 0 && box.bottom <= window.innerHeight && box.width > 0,
      };
    });
    if (!stop) break;
    stops.push(stop);
  }

  expect(stops.length).toBe(controls);
  expect(stops[0].label).toBe('a "Skip to content"');
  expect(stops.map((stop) => stop.label)).toEqual(
    expect.arrayContaining(['a "The Frontier Dispatch"', 'input "Search"', 'button "Search"', 'a "Email"', 'a "Telegram"', 'button "Copy link"', 'a "Maroof Ghulami"']),
  );
  // Reading order: the share links before the body's topics, and the timeline after them.
  const order = (label: string) => stops.findIndex((stop) => stop.label === label);
  expect(order('a "Email"')).toBeLessThan(order('a "Taliban"'));
  expect(order('a "Taliban"')).toBeLessThan(order('a "Maroof Ghulami, a figure close to Ismail Khan, is shot dead"'));
  expect(stops.filter((stop) => stop.outline === "none" || parseFloat(stop.outline) < 2)).toEqual([]);
  expect(stops.filter((stop) => !stop.inViewport)).toEqual([]);
});

test("Copy link works from the keyboard, and says so", async ({ page, context }) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await page.goto(ARTICLE);
  const copy = page.getByRole("button", { name: "Copy link" });
  await copy.focus();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("status")).toHaveText("Link copied");
  expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(/\/articles\/second-anti-taliban-commander-killed-in-iran\/$/);
});
