// Long lists in a real browser, on a generated fixture (tests/fixtures/long-lists.ts) built once a
// run (tests/host/fixture-sites.ts) and served with its own headers: a reader walks a section from its latest
// stories to its oldest and back, each page with its own title and canonical address; a tag and
// the Dari edition's section go on the same way; crawlers find every page in the sitemap's files.
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { dariHeadline, englishHeadline, LONG_LISTS, REPORTER } from "../fixtures/long-lists";
import { parseXml, sitemapFileUrls, sitemapSchema } from "../crawl/xml";
import { fixtureSiteOut } from "../host/fixture-sites";
import { serveWithHeaders, type Host } from "../host/serve-with-headers";

// One server for the whole file, in one worker; the fixture is built the default way (the runtime removed).
test.describe.configure({ mode: "serial" });

let out = "";
let host: Host | undefined;
test.beforeAll(async ({}, testInfo) => {
  test.skip(testInfo.project.name !== "chromium", "the long-lists fixture is built once, the default way");
  out = fixtureSiteOut("long-lists");
  host = await serveWithHeaders(out);
});
test.afterAll(async () => host?.close());

const open = (page: Page, address: string) => page.goto(`${host!.origin}${address}`);
const here = (page: Page) => new URL(page.url()).pathname;
const headlines = (page: Page) => page.locator(".article-list h2").allTextContents();
const pageLinks = (page: Page, name = "Pages") => page.getByRole("navigation", { name });
/** Reports `from` down to `to`, as the list shows them. */
const reports = (from: number, to: number, headline = englishHeadline) => Array.from({ length: from - to + 1 }, (_, index) => headline(from - index));
/** The path of a <link> in the head (absolute there, on the site's address), or null when there is none. */
async function headLink(page: Page, rel: string): Promise<string | null> {
  const links = page.locator(`head link[rel="${rel}"]`);
  if ((await links.count()) === 0) return null;
  const href = await links.getAttribute("href");
  return href && decodeURIComponent(new URL(href).pathname);
}

test("a reader walks a long section from its latest stories to its oldest, and back", async ({ page }) => {
  const section = "/sections/afghanistan/";
  await open(page, section);
  await expect(page).toHaveTitle("Afghanistan | The Frontier Dispatch");
  // 80 stories: 30 on page 1 (the oldest), 30 on page 2, and the newest 20 on the first page.
  expect(await headlines(page)).toEqual(reports(80, 61));
  await expect(pageLinks(page).getByRole("link", { name: "Latest stories" })).toHaveAttribute("aria-current", "page");

  const seen = await headlines(page);
  for (const { number, stories } of [
    { number: 2, stories: reports(60, 31) },
    { number: 1, stories: reports(30, 1) },
  ]) {
    await pageLinks(page).getByRole("link", { name: "Older stories" }).click();
    expect(here(page)).toBe(`${section}page/${number}/`);
    await expect(page).toHaveTitle(`Afghanistan, page ${number} | The Frontier Dispatch`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Afghanistan, page ${number}`);
    await expect(pageLinks(page).getByRole("link", { name: `Page ${number}` })).toHaveAttribute("aria-current", "page");
    expect(await headLink(page, "canonical")).toBe(`${section}page/${number}/`);
    expect(await headlines(page)).toEqual(stories);
    seen.push(...(await headlines(page)));
  }
  // Every story once, newest first, and the oldest page has nothing older.
  expect(seen).toEqual(reports(80, 1));
  await expect(pageLinks(page).getByRole("link", { name: "Older stories" })).toHaveCount(0);

  await pageLinks(page).getByRole("link", { name: "Newer stories" }).click();
  expect(here(page)).toBe(`${section}page/2/`);
  await pageLinks(page).getByRole("link", { name: "Newer stories" }).click();
  expect(here(page)).toBe(section);
  await open(page, `${section}page/1/`);
  await pageLinks(page).getByRole("link", { name: "Latest stories" }).click();
  expect(here(page)).toBe(section);
});

test("tells search engines which page comes before and after", async ({ page }) => {
  await open(page, "/sections/afghanistan/page/2/");
  expect([await headLink(page, "prev"), await headLink(page, "next")]).toEqual(["/sections/afghanistan/", "/sections/afghanistan/page/1/"]);
  await open(page, "/sections/afghanistan/");
  expect([await headLink(page, "prev"), await headLink(page, "next")]).toEqual([null, "/sections/afghanistan/page/2/"]);
});

test("a tag goes on over pages too, and a short one stays on one", async ({ page }) => {
  await open(page, "/tags/kabul/");
  // The 46 oldest reports are tagged Kabul: 16 on the first page, 30 on page 1.
  expect(await headlines(page)).toEqual(reports(46, 31));
  await pageLinks(page).getByRole("link", { name: "Older stories" }).click();
  expect(here(page)).toBe("/tags/kabul/page/1/");
  expect(await headlines(page)).toEqual(reports(30, 1));

  await open(page, "/tags/herat/");
  expect(await headlines(page)).toHaveLength(LONG_LISTS.english - LONG_LISTS.tagged);
  await expect(pageLinks(page)).toHaveCount(0);
});

test("a reporter's stories go on over pages too, their bio on the first only", async ({ page }) => {
  const first = `/authors/${REPORTER.slug}/`;
  await open(page, first);
  await expect(page).toHaveTitle(`${REPORTER.name} | The Frontier Dispatch`);
  await expect(page.getByText(REPORTER.bio)).toBeVisible();
  // Their 50 stories, Reports 80 to 31: 20 on the first page, 30 on page 1.
  expect(await headlines(page)).toEqual(reports(80, 61));
  await pageLinks(page).getByRole("link", { name: "Older stories" }).click();
  expect(here(page)).toBe(`${first}page/1/`);
  await expect(page).toHaveTitle(`${REPORTER.name}, page 1 | The Frontier Dispatch`);
  expect(await headlines(page)).toEqual(reports(60, 31));
  await expect(page.getByText(REPORTER.bio)).toHaveCount(0);
  expect(await headLink(page, "canonical")).toBe(`${first}page/1/`);
  expect(await headLink(page, "prev")).toBe(first);
  expect((await open(page, `${first}page/2/`))?.status()).toBe(404);
});

test("a page the list has not reached, and page 0, are the 404 page", async ({ page }) => {
  for (const address of ["/sections/afghanistan/page/3/", "/sections/afghanistan/page/0/", "/tags/herat/page/1/", "/fa/sections/afghanistan/page/2/"]) {
    expect((await open(page, address))?.status(), address).toBe(404);
  }
});

test("the Dari section's pages speak Dari, with newer stories on the right", async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await open(page, "/fa/sections/afghanistan/");
  expect(await headlines(page)).toEqual(reports(LONG_LISTS.dari, 31, dariHeadline));
  await pageLinks(page, "صفحه‌ها").getByRole("link", { name: "گزارش‌های پیشین" }).click();
  expect(here(page)).toBe("/fa/sections/afghanistan/page/1/");
  await expect(page).toHaveTitle("افغانستان، صفحهٔ ۱ | The Frontier Dispatch");
  expect(await headlines(page)).toEqual(reports(30, 1, dariHeadline));
  const links = pageLinks(page, "صفحه‌ها");
  await expect(links.getByRole("link")).toHaveText(["گزارش‌های تازه‌تر", "صفحهٔ ۱"]);
  const [newer, current] = await Promise.all([links.getByRole("link").nth(0).boundingBox(), links.getByRole("link").nth(1).boundingBox()]);
  expect(newer!.x).toBeGreaterThan(current!.x);
});

test("the sitemap's files list every page of every long list", async ({ request }) => {
  const listed: string[] = [];
  for (const file of sitemapFileUrls(await (await request.get(`${host!.origin}/sitemap.xml`)).text())) {
    const xml = await (await request.get(`${host!.origin}${new URL(file).pathname}`)).text();
    listed.push(...sitemapSchema.parse(parseXml(xml)).urlset.url.map((entry) => decodeURIComponent(new URL(entry.loc).pathname)));
  }
  expect(listed.filter((address) => /\/(sections|tags)\//.test(address))).toEqual(
    expect.arrayContaining([
      "/sections/afghanistan/",
      "/sections/afghanistan/page/2/",
      "/sections/afghanistan/page/1/",
      "/tags/kabul/page/1/",
      "/fa/sections/afghanistan/page/1/",
      "/fa/tags/مرز/page/1/",
    ]),
  );
  expect(listed).toContain(`/authors/${REPORTER.slug}/page/1/`);
  expect(listed.filter((address) => address.includes("/page/"))).toHaveLength(6);
});

test("axe finds no violation on a numbered page, in either theme or direction", async ({ page }) => {
  // Four pages, each run through axe: more than the default 30 s on a loaded machine.
  test.setTimeout(180_000);
  const violations: string[] = [];
  for (const colorScheme of ["light", "dark"] as const) {
    await page.emulateMedia({ colorScheme });
    for (const address of ["/sections/afghanistan/page/2/", "/fa/sections/afghanistan/page/1/"]) {
      await open(page, address);
      const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"]).analyze();
      violations.push(...results.violations.map((violation) => `${address} (${colorScheme}): ${violation.id}`));
    }
  }
  expect(violations).toEqual([]);
});
