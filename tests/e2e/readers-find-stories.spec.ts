// Readers find every story: the masthead's search (with JavaScript and without), Dari and Pashto
// found however typed, reporters' pages, the archive by month and the newsroom's own pages, on a
// fixture site of its own (tests/fixtures/readers) built once a run (tests/host/fixture-sites.ts),
// without the runtime, as this spec runs (playwright.config.ts), and served with the headers it ships. axe checks every new page in both themes.
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { sitemapFileUrls } from "../crawl/xml";
import { watchPage } from "../host/browser-watch";
import { fixtureSiteOut } from "../host/fixture-sites";
import { serveWithHeaders } from "../host/serve-with-headers";
import { serveProjectBuild } from "./served-build";

const SAFFRON = "/articles/saffron-harvest/";
const LIBRARY = "/articles/library-zwnj/";
const BOOK_FAIR = "/articles/book-fair-arabic-letters/";
const SCHOOL = "/articles/pashto-school/";
// What a first search may download: search.js, Pagefind's script, worker, WebAssembly and index.
const FIRST_SEARCH_BUDGET = 200_000;

const host = serveProjectBuild(serveWithHeaders, () => fixtureSiteOut("readers"));

const url = (address: string) => `${host.origin}${address}`;
const searchFor = (query: string) => url(`/search/?q=${encodeURIComponent(query)}`);
const status = (page: Page) => page.getByRole("status");
const resultLinks = (page: Page) => page.locator(".search-results li h2 a");

test.describe("search", () => {
  test("a query typed in the masthead on an article page lands on its results, and a result opens its story", async ({ page }) => {
    const watch = await watchPage(page);
    await page.goto(url("/articles/border-traders/"));
    const form = page.getByRole("search", { name: "Search the site" });
    await form.getByRole("searchbox", { name: "Search" }).fill("pomegranate");
    await form.getByRole("searchbox", { name: "Search" }).press("Enter");
    await expect(page).toHaveURL(searchFor("pomegranate").replace("%20", "+"));
    await expect(status(page)).toHaveText("1 result for “pomegranate”");
    await expect(status(page)).toHaveAttribute("aria-live", "polite");

    const result = page.locator(".search-results li").first();
    await expect(result.getByRole("heading", { level: 2 })).toHaveText("Saffron harvest doubles in Herat");
    await expect(result.locator(".search-details")).toHaveText("Economy · 20 November 2025");
    await expect(result.locator(".search-excerpt mark")).toHaveText("pomegranate");
    await expect(page.getByRole("searchbox", { name: "Search" }).last()).toHaveValue("pomegranate");

    await result.getByRole("link").click();
    await expect(page).toHaveURL(url(SAFFRON));
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Saffron harvest doubles in Herat");
    expect(await watch.problems()).toEqual([]);
  });

  test("with JavaScript off, the form still lands on the search page, which says so and links every section and topic", async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(url(SAFFRON));
    await page.getByRole("search", { name: "Search the site" }).getByRole("searchbox").fill("saffron");
    await page.getByRole("search", { name: "Search the site" }).getByRole("button", { name: "Search" }).click();
    await expect(page).toHaveURL(searchFor("saffron"));
    await expect(page.getByText(/^Searching runs in your browser and needs JavaScript, which is off\./)).toBeVisible();
    const sections = page.getByRole("navigation", { name: "Sections" }).last();
    await expect(sections.getByRole("link", { name: "Economy" })).toHaveAttribute("href", "/sections/economy/");
    await expect(page.getByRole("navigation", { name: "Topics" }).getByRole("link", { name: "Trade" })).toHaveAttribute("href", "/tags/trade/");
    await expect(page.locator(".search-results li")).toHaveCount(0);
    await context.close();
  });

  // Each fixture is written one way; the reader types it another.
  for (const [typed, how, found] of [
    ["نمایشگاه کتاب", "Persian yeh and kaf, for a story typed with the Arabic ones", BOOK_FAIR],
    ["نمايشگاه كتاب", "Arabic yeh and kaf, as the story was typed", BOOK_FAIR],
    ["کتابخانه", "no zero-width non-joiner, for a story written with one", LIBRARY],
    ["کتاب\u200cخانه", "the zero-width non-joiner, as the story was written", LIBRARY],
    ["كتابخانه", "the Arabic kaf, for a story typed with the Persian one", LIBRARY],
    ["مفید", "no short vowel, for a story written with one", LIBRARY],
    ["مَفید", "a short vowel the story does not have", LIBRARY],
    ["ښوونځی", "Pashto with the Persian yeh, for a story typed with the Arabic one", SCHOOL],
    ["ښوونځي", "Pashto with the Arabic yeh, as the story was typed", SCHOOL],
  ] as const) {
    test(`finds ${found} when the query is typed with ${how}`, async ({ page }) => {
      await page.goto(searchFor(typed));
      await expect(status(page)).toHaveText(/^(1|۱) /);
      await expect(resultLinks(page)).toHaveCount(1);
      await expect(resultLinks(page)).toHaveAttribute("href", found);
      await expect(page.locator(".search-results li mark").first()).toBeVisible();
    });
  }

  test("the Dari edition's masthead leads to its own search page, in Dari and right to left, which finds its stories under its policy", async ({ page }) => {
    const watch = await watchPage(page);
    await page.goto(url(LIBRARY));
    const form = page.getByRole("search", { name: "جستجو در سایت" });
    await form.getByRole("searchbox", { name: "جستجو" }).fill("کتابخانه");
    await form.getByRole("searchbox", { name: "جستجو" }).press("Enter");
    await expect(page).toHaveURL(url(`/fa/search/?q=${encodeURIComponent("کتابخانه")}`));
    await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("جستجو");
    await expect(status(page)).toHaveText(/^۱ /);
    await expect(resultLinks(page)).toHaveAttribute("href", LIBRARY);
    // A name in Latin letters finds the English stories too.
    await page.goto(url("/fa/search/?q=saffron"));
    await expect(resultLinks(page)).toHaveAttribute("href", SAFFRON);
    expect(await watch.problems()).toEqual([]);
  });

  // The search index is in two shards (scripts/build/search-index.ts): stories of an earlier month
  // than the newest are in the archive's, which the search pages merge.
  test("finds a story of an earlier month, from the English search page and the Dari edition's", async ({ page }) => {
    const watch = await watchPage(page);
    await page.goto(searchFor("lapis"));
    await expect(status(page)).toHaveText("1 result for “lapis”");
    await expect(resultLinks(page)).toHaveAttribute("href", "/articles/border-traders/");
    await page.goto(url("/fa/search/?q=lapis"));
    await expect(resultLinks(page)).toHaveAttribute("href", "/articles/border-traders/");
    expect(await watch.problems()).toEqual([]);
  });

  test("says so when nothing matches", async ({ page }) => {
    await page.goto(searchFor("zzzqqq"));
    await expect(status(page)).toHaveText("No results for “zzzqqq”. Try another word, or browse the sections.");
  });

  test("shows the query as typed, $& and $` too, which are no replacement patterns here", async ({ page }) => {
    await page.goto(searchFor("zzzqqq $& $`"));
    await expect(status(page)).toHaveText("No results for “zzzqqq $& $`”. Try another word, or browse the sections.");
  });

  test("a first search downloads little, and none of it runs outside the search page's policy", async ({ page }, testInfo) => {
    const watch = await watchPage(page);
    let bytes = 0;
    page.on("response", async (response) => {
      const address = new URL(response.url()).pathname;
      if (address === "/search.js" || address.startsWith("/pagefind/")) bytes += (await response.body()).length;
    });
    await page.goto(searchFor("saffron"));
    await expect(status(page)).toHaveText("1 result for “saffron”");
    testInfo.annotations.push({ type: "first search bytes", description: String(bytes) });
    expect(bytes).toBeLessThan(FIRST_SEARCH_BUDGET);
    expect(await watch.problems()).toEqual([]);
  });

  test("the search pages alone may run WebAssembly and a worker", async ({ request }) => {
    // The header's policy, and a page's own <meta> one (its script-src, when the runtime is kept): a browser enforces both.
    const policies = async (address: string) => {
      const response = await request.get(url(address));
      const meta = /http-equiv="Content-Security-Policy" content="([^"]*)"/.exec(await response.text())?.[1] ?? "";
      return { header: response.headers()["content-security-policy"] ?? "", all: `${response.headers()["content-security-policy"]}; ${meta}` };
    };
    for (const address of ["/search/", "/fa/search/", "/ps/search/"]) {
      const search = await policies(address);
      expect(search.all, address).toContain("'wasm-unsafe-eval'");
      expect(search.header, address).toContain("worker-src 'self'");
    }
    // Pagefind's worker runs under its own file's policy, which allows WebAssembly where it names script-src at all.
    const worker = await policies("/pagefind/pagefind-worker.js");
    expect(worker.header).toContain("worker-src 'self'");
    if (worker.header.includes("script-src")) expect(worker.header).toContain("'wasm-unsafe-eval'");
    for (const address of [SAFFRON, "/", "/fa/", "/authors/maryam-ahmadi/", "/archive/", "/about/"]) {
      const { header, all } = await policies(address);
      expect(all, address).not.toContain("wasm-unsafe-eval");
      expect(header, address).toContain("worker-src 'none'");
    }
  });
});

test.describe("reporters", () => {
  test("byline names with a reporter's file link to their page; a name without one stays plain", async ({ page }) => {
    await page.goto(url(SAFFRON));
    const byline = page.locator(".byline");
    await expect(byline).toHaveText("By Maryam Ahmadi, daud-karimi and Ghulam Nabi");
    await expect(byline.getByRole("link")).toHaveText(["Maryam Ahmadi", "daud-karimi"]);
    await expect(byline.getByRole("link", { name: "Maryam Ahmadi" })).toHaveAttribute("href", "/authors/maryam-ahmadi/");
  });

  test("a reporter's page shows their photo, role, bio, profiles and every story newest first, as a ProfilePage", async ({ page }) => {
    await page.goto(url("/authors/maryam-ahmadi/"));
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Maryam Ahmadi");
    await expect(page.getByText("Kabul correspondent")).toBeVisible();
    await expect(page.getByRole("img", { name: "Maryam Ahmadi at a market in Kabul" })).toBeVisible();
    await expect(page.getByText("Maryam Ahmadi has reported on trade")).toBeVisible();
    await expect(page.getByRole("link", { name: "example.com" })).toHaveAttribute("href", "https://example.com/maryam-ahmadi");
    await expect(page.locator(".article-list h2 a")).toHaveText(["Saffron harvest doubles in Herat", "Traders wait at the border"]);
    const jsonLd = (await page.locator('script[type="application/ld+json"]').allTextContents()).map((text) => JSON.parse(text));
    expect(jsonLd).toContainEqual(expect.objectContaining({ "@type": "ProfilePage", mainEntity: expect.objectContaining({ "@type": "Person", name: "Maryam Ahmadi" }) }));
  });
});

test.describe("the archive and the newsroom's pages", () => {
  test("the archive lists each month with stories, and a month lists its stories", async ({ page }) => {
    await page.goto(url("/"));
    await page.getByRole("contentinfo").getByRole("link", { name: "Archive" }).click();
    await expect(page).toHaveURL(url("/archive/"));
    await expect(page.locator(".archive-months a")).toHaveText(["November 2025", "October 2025", "September 2025"]);
    await page.getByRole("link", { name: "October 2025" }).click();
    await expect(page).toHaveURL(url("/archive/2025/10/"));
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("October 2025");
    await expect(page.locator(".article-list h2 a")).toHaveText(["Traders wait at the border"]);
  });

  test("a newsroom page is linked from the footer, has no dates, and is in the sitemap but not the feeds", async ({ page, request }) => {
    await page.goto(url(SAFFRON));
    await page.getByRole("contentinfo").getByRole("link", { name: "Corrections policy" }).click();
    await expect(page).toHaveURL(url("/corrections/"));
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Corrections policy");
    await expect(page.locator("main time")).toHaveCount(0);
    // sitemap.xml is an index: the addresses are in its files.
    const files = sitemapFileUrls(await (await request.get(url("/sitemap.xml"))).text());
    const sitemap = (await Promise.all(files.map(async (file) => (await request.get(url(new URL(file).pathname))).text()))).join("\n");
    for (const address of ["/about/", "/corrections/", "/authors/maryam-ahmadi/", "/archive/", "/archive/2025/09/"]) expect(sitemap).toContain(`${address}</loc>`);
    for (const feed of ["/feed.xml", "/atom.xml", "/feed.json"]) expect(await (await request.get(url(feed))).text(), feed).not.toContain("/corrections/");
  });
});

for (const colorScheme of ["light", "dark"] as const) {
  test(`axe finds nothing on the new pages in the ${colorScheme} theme`, async ({ page }) => {
    test.setTimeout(120_000);
    await page.emulateMedia({ colorScheme });
    const violations: string[] = [];
    for (const address of ["/search/?q=saffron", `/search/?q=${encodeURIComponent("کتابخانه")}`, "/search/", "/authors/maryam-ahmadi/", "/authors/daud-karimi/", "/archive/", "/archive/2025/11/", "/about/", "/corrections/"]) {
      await page.goto(url(address));
      if (address.includes("?q=")) await expect(status(page)).toHaveText(/\S/);
      await expect(status(page).or(page.getByRole("heading", { level: 1 })).first()).toBeVisible();
      const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"]).analyze();
      violations.push(...results.violations.map((violation) => `${address}: ${violation.id} (${violation.help}) at ${violation.nodes.map((node) => node.target.join(" ")).join(", ")}`));
    }
    expect(violations).toEqual([]);
  });
}
