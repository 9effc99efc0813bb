// Every attack string in tests/fixtures/attacks/ put in the body and in every string field an
// editor can write, built by the real build, then: each built page parsed for anything that could
// run (no dangerous element, attribute or URL), each string found intact as text where readers,
// crawlers and feed readers get it, and each page opened in Chromium, under the headers the
// build ships, where no payload runs (window.__xss stays unset, no dialog opens).
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { JSDOM } from "jsdom";
import { stringify } from "yaml";
import { MAX_TERM_ADDRESS } from "@/lib/content/schema";
import { termSlug } from "@/lib/content/taxonomy";
import { dangerousMarkup } from "../crawl/dangerous-markup";
import { crawlPage } from "../crawl/page";
import { atomSchema, parseXml, rssSchema } from "../crawl/xml";
import { watchPage } from "../host/browser-watch";
import { buildSite } from "../host/build-site";
import { nuErrors } from "../host/nu-checker";
import { pagePaths, parseHeadersFile, serveWithHeaders, type Host } from "../host/serve-with-headers";
import type { Build } from "./builds";

const PAYLOADS = fs
  .readFileSync(path.resolve("tests/fixtures/attacks/xss-payloads.txt"), "utf8")
  .split("\n")
  .filter((line) => line.trim() !== "" && !line.startsWith("#"));
// Frontmatter links accept only https, so the attacks there are https links carrying markup.
const URL_PAYLOADS = [
  'https://example.com/"><script>window.__xss=1</script>',
  "https://example.com/?q='onmouseover='window.__xss=1'",
  "https://example.com/#</script><script>window.__xss=1</script>",
  "https://example.com/<svg/onload=alert(1)>",
  "https://example.com/?a=1&b=<img src=x onerror=alert(1)>",
];
const ARTICLES = 10;
const SITE = "https://news.example.org";

const work = fs.mkdtempSync(path.join(os.tmpdir(), "newsroom-hostile-"));
const out = path.join(work, "out");
const slug = (index: number) => `attack-${index}`;
/** Article i carries every ARTICLES-th payload from i on, in each of its fields. */
const share = (index: number) => PAYLOADS.filter((_, n) => n % ARTICLES === index);
const joined = (index: number) => share(index).join(" ");
const url = (index: number) => URL_PAYLOADS[index % URL_PAYLOADS.length];
// A section or tag is also a page address, which has a length limit, and one tag per address:
// the payloads that fit are each a tag, the first also the section.
const terms = (index: number) => {
  const fitting = share(index).filter((payload) => encodeURIComponent(termSlug(payload)).length <= MAX_TERM_ADDRESS);
  return fitting.filter((payload, n) => fitting.findIndex((other) => termSlug(other) === termSlug(payload)) === n);
};
const tag = (payload: string) => `${payload} tag`;

function hostileArticle(index: number): string {
  const payloads = share(index);
  // The first is from the last hour, so that it is in the Google News sitemap too.
  const publishedAt = index === 0 ? new Date(Date.now() - 60 * 60 * 1000).toISOString() : "2025-01-01";
  const frontmatter = {
    title: joined(index),
    standfirst: joined(index),
    publishedAt,
    section: terms(index)[0],
    tags: terms(index).map(tag),
    byline: payloads,
    source: { name: joined(index), url: url(index) },
    location: joined(index),
    // The first has no image, so that the build draws its headline, payloads and all, as its social card.
    ...(index > 0 && { image: { src: url(index + 1), alt: joined(index), caption: joined(index), credit: joined(index) } }),
    relatedEvents: payloads.map((payload, n) => ({ date: "2024-12-31", title: `${payload} event${n}`, place: payload, summary: payload, url: url(n) })),
    corrections: payloads.map((payload) => ({ date: publishedAt, text: payload })),
  };
  const body = payloads.flatMap((payload, n) => [payload, `Said: ${payload}`, `## Heading ${n} ${payload}`, `\`${payload}\``, `[a link](${payload})`]);
  return `---\n${stringify(frontmatter)}---\n\n${body.join("\n\n")}\n`;
}

let host: Host;
let headerPolicy: string;
const read = (relative: string) => fs.readFileSync(path.join(out, relative), "utf8");

test.describe.configure({ mode: "serial" });

test.beforeAll(async ({}, testInfo) => {
  test.setTimeout(400_000);
  const { runtime } = testInfo.project.metadata.build as Build;
  fs.mkdirSync(path.join(work, "content/articles"), { recursive: true });
  for (let index = 0; index < ARTICLES; index++) fs.writeFileSync(path.join(work, "content/articles", `${slug(index)}.md`), hostileArticle(index));
  buildSite(path.join(work, "content"), out, { SITE_URL: SITE, FRAMEWORK_RUNTIME: runtime === "kept" ? "keep" : "strip" });
  headerPolicy = parseHeadersFile(read("_headers"))[0].headers.find(([name]) => name === "Content-Security-Policy")?.[1] ?? "";
  host = await serveWithHeaders(out);
});

test.afterAll(async () => {
  await host?.close();
  fs.rmSync(work, { recursive: true, force: true });
});

test("the corpus has at least 100 attack strings, every one of them published", () => {
  expect(PAYLOADS.length).toBeGreaterThanOrEqual(100);
  expect(Array.from({ length: ARTICLES }, (_, index) => terms(index)).flat().length).toBeGreaterThan(80);
  const pages = pagePaths(out);
  for (let index = 0; index < ARTICLES; index++) expect(pages).toContain(`/articles/${slug(index)}/`);
});

test("no built page has an element, attribute or URL that could run script", () => {
  const pages = pagePaths(out);
  expect(pages.length).toBeGreaterThan(ARTICLES + 100);
  for (const address of pages) {
    const file = address.endsWith("/") ? `${address}index.html` : address;
    expect(dangerousMarkup(read(file), headerPolicy), address).toEqual([]);
  }
});

test("every page built from them still passes the Nu HTML Checker with no error", () => {
  expect(nuErrors(pagePaths(out).map((address) => path.join(out, address.endsWith("/") ? `${address}index.html` : address)))).toEqual([]);
});

test("every attack string reaches readers as text, intact, in each field of the page", () => {
  for (let index = 0; index < ARTICLES; index++) {
    const page = crawlPage(read(`articles/${slug(index)}/index.html`));
    const text = (selector: string) => [...page.document.querySelectorAll(selector)].map((element) => element.textContent ?? "");
    expect(text("h1")).toEqual([joined(index)]);
    expect(text(".standfirst")).toEqual([joined(index)]);
    expect(text(".kicker")).toEqual([terms(index)[0]]);
    expect(text(".dateline")).toEqual([joined(index)]);
    expect(text(".source a")).toEqual([joined(index)]);
    expect(page.document.querySelector(".source a")?.getAttribute("href")).toBe(new URL(url(index)).href);
    expect(text(".topics li")).toEqual(terms(index).map(tag));
    expect(text(".timeline-summary")).toEqual(share(index));
    expect(text(".corrections li").map((item) => item.replace(/^[^:]+: /, ""))).toEqual(share(index));
    expect(page.meta("og:title")).toEqual([joined(index)]);
    expect(page.meta("og:image:alt")).toEqual([joined(index)]);
    if (index > 0) expect(page.meta("og:image")).toEqual([new URL(url(index + 1)).href]);
    expect(text("head title")).toEqual([`${joined(index)} | The Frontier Dispatch`]);
    const article = page.jsonLd.find((data) => (data as { "@type": string })["@type"] === "NewsArticle") as Record<string, unknown>;
    expect(article.headline).toBe(joined(index));
    expect(article.dateline).toBe(joined(index));
    // Raw HTML in the body is dropped, and an unclosed HTML block (<textarea, <!--) takes the
    // blocks after it with it, as markdown says; what is left in `code` is shown as written.
    const code = text(".article-body code");
    expect(code.length).toBeGreaterThan(0);
    for (const shown of code) expect(share(index).some((payload) => payload.includes(shown)), shown).toBe(true);
  }
});

test("feeds and sitemaps carry every headline intact, as well-formed XML and JSON", () => {
  const titles = Array.from({ length: ARTICLES }, (_, index) => joined(index)).sort();
  // RSS and Atom readers take titles as HTML: read as HTML, each is the headline as written.
  const asHtmlText = (html: string) => new JSDOM(`<body>${html}</body>`).window.document.body.textContent;
  const rss = rssSchema.parse(parseXml(read("feed.xml")));
  expect(rss.rss.channel.item.map((item) => asHtmlText(item.title)).sort()).toEqual(titles);
  const atom = atomSchema.parse(parseXml(read("atom.xml")));
  expect(atom.feed.entry.map((entry) => asHtmlText(entry.title["#text"])).sort()).toEqual(titles);
  const json = JSON.parse(read("feed.json")) as { items: { title: string; content_html: string }[] };
  expect(json.items.map((item) => item.title).sort()).toEqual(titles);
  for (const item of json.items) expect(dangerousMarkup(`<body>${item.content_html}</body>`, "")).toEqual([]);
  const news = parseXml(read("news-sitemap.xml")) as { urlset: { url: { "news:news": { "news:title": string } }[] } };
  expect(news.urlset.url.map((entry) => entry["news:news"]["news:title"])).toEqual([joined(0)]);
  parseXml(read("sitemap.xml"));
  parseXml(read("sitemaps/1.xml"));
});

test("no payload runs in Chromium on any page, served with the site's own headers", async ({ page }) => {
  test.setTimeout(300_000);
  const watch = await watchPage(page);
  // The articles' photos are on other sites, which this machine cannot reach: they answer empty,
  // so that a failed download is not taken for something a payload did.
  await page.route((url) => url.origin !== host.origin, (route) => route.fulfill({ status: 204 }));
  for (const address of pagePaths(out)) {
    await page.goto(`${host.origin}${address}`, { waitUntil: "load" });
    // Handlers that wait for a reader (onmouseover, onfocus) would go off as the reader moves
    // through an article's links.
    if (address.startsWith("/articles/")) for (const link of (await page.locator("main a").all()).slice(0, 30)) await link.hover();
    expect(await watch.problems(), address).toEqual([]);
  }
  // The pages parse to the same document in Chromium as in the parser the test above used.
  const html = read(`articles/${slug(0)}/index.html`);
  await page.goto(`${host.origin}/articles/${slug(0)}/`);
  expect(await page.locator("h1").textContent()).toBe(new JSDOM(html).window.document.querySelector("h1")?.textContent);
});
