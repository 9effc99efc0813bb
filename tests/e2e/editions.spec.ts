// The language editions in a real browser, on the editions fixture (a story in English, Dari and
// Pashto, one in Dari and Pashto, one in English alone), built once a run (tests/host/fixture-sites.ts)
// and served with its own headers: each edition's front page, switching language from an article, right-to-left
// layout and Solar Hijri dates, and axe on every page in both themes.
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { fixtureSiteOut } from "../host/fixture-sites";
import { onePagePerKind } from "../host/page-kinds";
import { pagePaths, serveWithHeaders, type Host } from "../host/serve-with-headers";

// One server for the whole file, in one worker; the fixture is built the default way, so the
// project that keeps the runtime has nothing more to prove here.
test.describe.configure({ mode: "serial" });

let out = "";
let host: Host | undefined;
test.beforeAll(async ({}, testInfo) => {
  test.skip(testInfo.project.name !== "chromium", "the editions fixture is built once, the default way");
  out = fixtureSiteOut("editions");
  host = await serveWithHeaders(out);
});
test.afterAll(async () => host?.close());

const open = (page: Page, address: string) => page.goto(`${host!.origin}${address}`);
const documentLanguage = (page: Page) => page.evaluate(() => [document.documentElement.lang, document.documentElement.dir]);

const EDITIONS = [
  { home: "/", lang: "en", dir: "ltr", heading: "Latest reporting", headlines: ["Border crossing reopens after a week", "Bread prices rise in Kabul"] },
  { home: "/fa/", lang: "fa", dir: "rtl", heading: "تازه‌ترین گزارش‌ها", headlines: ["بازگشایی گذرگاه مرزی پس از یک هفته", "آب بند به کشتزارها رسید"] },
  {
    home: "/ps/",
    lang: "ps",
    dir: "rtl",
    heading: "وروستي راپورونه",
    headlines: ["پوله‌ییزه لاره له یوې اونۍ وروسته بیا پرانیستل شوه", "د بند اوبه کروندو ته ورسېدې"],
  },
];

for (const edition of EDITIONS) {
  test(`the ${edition.lang} front page lists only its own stories, in its language, and links every edition`, async ({ page }) => {
    await open(page, edition.home);
    expect(await documentLanguage(page)).toEqual([edition.lang, edition.dir]);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(edition.heading);
    await expect(page.locator(".article-list h2")).toHaveText(edition.headlines);
    const editions = page.getByRole("banner").getByRole("navigation").first().getByRole("link");
    await expect(editions).toHaveText(["English", "دری", "پښتو"]);
    expect(await editions.evaluateAll((links) => links.map((link) => [link.getAttribute("href"), link.getAttribute("hreflang")]))).toEqual([
      ["/", "en"],
      ["/fa/", "fa"],
      ["/ps/", "ps"],
    ]);
    // The site's name leads home within the edition.
    await expect(page.getByRole("banner").getByRole("link", { name: "The Frontier Dispatch" })).toHaveAttribute("href", edition.home);
  });
}

test("a reader switches language from an article, and back", async ({ page }) => {
  await open(page, "/articles/border-reopens/");
  const versions = page.locator(".other-versions");
  await expect(versions).toHaveText("Also in: دری · پښتو");
  await expect(versions.getByRole("link", { name: "دری" })).toHaveAttribute("hreflang", "fa-AF");
  await expect(versions.getByRole("link", { name: "دری" })).toHaveAttribute("lang", "fa-AF");

  await versions.getByRole("link", { name: "دری" }).click();
  await expect(page).toHaveURL(/\/articles\/border-reopens-dari\/$/);
  expect(await documentLanguage(page)).toEqual(["fa-AF", "rtl"]);
  await expect(page.locator(".other-versions")).toHaveText("به زبان‌های دیگر: English · پښتو");
  // The Dari article sits in the Dari edition: its masthead's sections and home are the edition's.
  await expect(page.getByRole("navigation", { name: "بخش‌ها" }).getByRole("link")).toHaveText(["افغانستان"]);
  await expect(page.locator(".article-header .kicker a")).toHaveAttribute("href", "/fa/sections/afghanistan/");

  await page.locator(".other-versions").getByRole("link", { name: "پښتو" }).click();
  await expect(page).toHaveURL(/\/articles\/border-reopens-pashto\/$/);
  expect(await documentLanguage(page)).toEqual(["ps-AF", "rtl"]);
  await page.locator(".other-versions").getByRole("link", { name: "English" }).click();
  await expect(page).toHaveURL(/\/articles\/border-reopens\/$/);

  // A story with no published translation says nothing of one (its Dari version is scheduled).
  await open(page, "/articles/kabul-prices/");
  await expect(page.locator(".other-versions")).toHaveCount(0);
});

test("the Dari and Pashto editions read right to left, dated in the Solar Hijri calendar", async ({ page }) => {
  test.setTimeout(120_000);
  await page.setViewportSize({ width: 1280, height: 800 });
  for (const { home, date, dated, section } of [
    { home: "/fa/", date: "2025-11-04", dated: "۱۳ عقرب ۱۴۰۴", section: "/fa/sections/afghanistan/" },
    { home: "/ps/", date: "2025-11-05", dated: "۱۴ لړم ۱۴۰۴", section: "/ps/sections/afghanistan/" },
  ]) {
    for (const address of [home, section]) {
      await open(page, address);
      expect(await page.locator("body").evaluate((body) => getComputedStyle(body).direction), address).toBe("rtl");
      // The heading's words start at the right edge of its box, and end short of the left.
      const [spaceLeft, spaceRight] = await page.getByRole("heading", { level: 1 }).evaluate((heading) => {
        const words = document.createRange();
        words.selectNodeContents(heading);
        const [text, box] = [words.getBoundingClientRect(), heading.getBoundingClientRect()];
        return [text.left - box.left, box.right - text.right];
      });
      expect(spaceRight, address).toBeLessThan(1);
      expect(spaceLeft, address).toBeGreaterThan(100);
      await expect(page.locator(`.article-list time[datetime="${date}"]`), address).toHaveText(dated);
      await expect(page.locator(".article-list .kicker").first(), address).toHaveText("افغانستان");
    }
  }
});

// What editions added: the Dari and Pashto editions' pages, the stories with translations, and the
// English front page with its edition links (the rest of the site is axe's in accessibility.spec.ts).
const NEW_PAGES = /^\/(fa|ps)\/|^\/$|^\/articles\/(border-reopens|dam-water)/;

for (const colorScheme of ["light", "dark"] as const) {
  test(`axe finds no violation on a page of each kind editions added, in the ${colorScheme} theme`, async ({ page }) => {
    test.setTimeout(600_000);
    await page.emulateMedia({ colorScheme });
    const violations: string[] = [];
    for (const address of onePagePerKind(pagePaths(out).filter((address) => NEW_PAGES.test(address)))) {
      await open(page, address);
      const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"]).analyze();
      violations.push(...results.violations.map((violation) => `${address}: ${violation.id} at ${violation.nodes.map((node) => node.target.join(" ")).join(", ")}`));
    }
    expect(violations).toEqual([]);
  });
}
