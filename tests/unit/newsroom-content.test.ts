// Reporters' files (content/authors/) and the newsroom's pages (content/pages/): read by the real
// pipeline from a temp site, checked with the same file:line: field: messages as articles.
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { pageSlugClash, SITE_FOLDERS } from "@/lib/content/newsroom-files";
import { checkContent } from "@/lib/pipeline";
import { articleFile, lineOf, REQUIRED_FIELDS, tempSite, type TempSite } from "./helpers";

function withFile(site: TempSite, folder: "authors" | "pages", name: string, text: string): void {
  fs.mkdirSync(path.join(site.contentDir, folder), { recursive: true });
  fs.writeFileSync(path.join(site.contentDir, folder, name), text);
}

const check = (site: TempSite) => checkContent({ contentDir: site.contentDir, publicDir: site.publicDir });
const inFolder = (folder: string, name: string) => expect.stringMatching(new RegExp(`(^|/)content/${folder}/${name.replace(".", "\\.")}$`));
const ARTICLE = articleFile({ ...REQUIRED_FIELDS, tags: ["Kabul"] });

describe("a reporter's file", () => {
  it("becomes an author with a name, role, photo, links and the body as bio", () => {
    const site = tempSite({ "a.md": ARTICLE });
    site.writePublic("images/maryam.jpg");
    const links = ["https://example.com/maryam", "https://social.example.org/@maryam"];
    withFile(site, "authors", "maryam-ahmadi.md", articleFile({ name: "Maryam Ahmadi", role: "Kabul correspondent", image: { src: "/images/maryam.jpg", alt: "Maryam" }, links }, "She reports on trade.\n"));
    const { authors, problems } = check(site);
    expect(problems).toEqual([]);
    expect(authors).toEqual([
      {
        slug: "maryam-ahmadi",
        name: "Maryam Ahmadi",
        role: "Kabul correspondent",
        image: { src: "/images/maryam.jpg", alt: "Maryam" },
        links,
        bio: [{ html: "<p>She reports on trade.</p>\n" }],
      },
    ]);
  });

  it("needs no folder: a site without content/authors/ has no reporters and no problem", () => {
    const { authors, pages, problems } = check(tempSite({ "a.md": ARTICLE }));
    expect({ authors, pages, problems }).toEqual({ authors: [], pages: [], problems: [] });
  });

  it.each([
    ["a missing name", "role: Correspondent\n", "name", undefined, "is required: add the name as it appears in bylines"],
    ["a link that is not https", "name: A\nlinks:\n  - http://example.com/a\n", "links[0]", "- http:", "expected an absolute https:// link"],
    ["links that are not a list", "name: A\nlinks: https://example.com/a\n", "links", "links:", "expected a list of https:// links"],
    ["an image without alt text", "name: A\nimage:\n  src: /images/a.jpg\n", "image.alt", "image:", "is required: add alt text"],
    ["a misspelt field", "name: A\nrol: Correspondent\n", "rol", "rol:", 'unknown field: did you mean "role"?'],
  ])("reports %s with its file, line and field", (_, yaml, field, line, message) => {
    const site = tempSite({ "a.md": ARTICLE });
    const text = articleFile(yaml);
    withFile(site, "authors", "someone.md", text);
    expect(check(site).problems).toEqual([
      { file: inFolder("authors", "someone.md"), line: line === undefined ? undefined : lineOf(text, line), field, message: expect.stringContaining(message) },
    ]);
  });

  it("refuses two files under one name, which a byline could not tell apart", () => {
    const site = tempSite({ "a.md": ARTICLE });
    withFile(site, "authors", "maryam.md", articleFile({ name: "Maryam Ahmadi" }));
    const second = articleFile({ name: "maryam  ahmadi" });
    withFile(site, "authors", "maryam-ahmadi.md", second);
    expect(check(site).problems).toEqual([
      {
        file: inFolder("authors", "maryam.md"),
        line: lineOf(second, "name:"),
        field: "name",
        message: expect.stringMatching(/^"Maryam Ahmadi" is also the name in .*maryam-ahmadi\.md: a byline could not tell them apart/),
      },
    ]);
  });

  it("is named by a slug and is a .md file, like an article", () => {
    const site = tempSite({ "a.md": ARTICLE });
    withFile(site, "authors", "Maryam Ahmadi.md", articleFile({ name: "Maryam Ahmadi" }));
    withFile(site, "authors", "notes.txt", "x");
    expect(check(site).problems).toEqual([
      { file: inFolder("authors", "Maryam Ahmadi.md"), message: 'file name: the slug "Maryam Ahmadi" must be lowercase letters, digits and single hyphens: rename it to maryam-ahmadi.md' },
      { file: inFolder("authors", "notes.txt"), message: "only .md files are reporters' files: rename it to end in .md, or move it out of content/authors/" },
    ]);
  });
});

describe("a newsroom page", () => {
  it("becomes a page with a title, a description and its body", () => {
    const site = tempSite({ "a.md": ARTICLE });
    withFile(site, "pages", "about.md", articleFile({ title: "About us", description: "Who we are." }, "We report.\n\n## Contact\n\nWrite to us.\n"));
    const { pages, problems } = check(site);
    expect(problems).toEqual([]);
    expect(pages).toEqual([
      {
        slug: "about",
        title: "About us",
        description: "Who we are.",
        sections: [{ html: "<p>We report.</p>\n" }, { heading: { id: "contact", text: "Contact" }, html: "<p>Write to us.</p>\n" }],
      },
    ]);
  });

  it.each([
    ["a missing title", { description: "D." }, "title", "is required: add the page's title"],
    ["a missing description", { title: "T" }, "description", "is required: add one sentence saying what the page is"],
    ["a field articles have but pages do not", { title: "T", description: "D.", publishedAt: "2025-01-01" }, "publishedAt", "unknown field: remove it, or use one of title, description"],
  ])("reports %s", (_, fields, field, message) => {
    const site = tempSite({ "a.md": ARTICLE });
    withFile(site, "pages", "about.md", articleFile(fields));
    expect(check(site).problems).toEqual([expect.objectContaining({ file: inFolder("pages", "about.md"), field, message: expect.stringContaining(message) })]);
  });

  // One of each kind: a route of app/, a folder the build writes, one Next.js writes, an edition's.
  const OWN = "articles, archive, authors, search, sections, tags, sitemaps, fonts, images, pagefind, _next, 404, _not-found";
  it.each([
    ["archive", `file name: /archive/ is one of the site's own addresses (${OWN}): rename the page`],
    ["pagefind", `file name: /pagefind/ is one of the site's own addresses (${OWN}): rename the page`],
    ["404", `file name: /404/ is one of the site's own addresses (${OWN}): rename the page`],
    ["fa", 'file name: "fa" is a language code, and /fa/ is the front page of the articles written in it (language: fa): rename the page'],
  ])("may not take /%s/, one of the site's own addresses", (slug, message) => {
    const site = tempSite({ "a.md": ARTICLE });
    withFile(site, "pages", `${slug}.md`, articleFile({ title: "T", description: "D." }));
    expect(check(site).problems).toEqual([{ file: inFolder("pages", `${slug}.md`), message }]);
  });

  it("may not take the address of a language's front page once an article is written in it", () => {
    const page = articleFile({ title: "T", description: "D." });
    const alone = tempSite({ "a.md": ARTICLE });
    withFile(alone, "pages", "ar.md", page);
    expect(check(alone).problems).toEqual([]);

    const beside = tempSite({ "a.md": ARTICLE, "b.md": articleFile({ ...REQUIRED_FIELDS, tags: ["Cairo"], language: "ar-EG" }) });
    withFile(beside, "pages", "ar.md", page);
    expect(check(beside).problems).toEqual([
      { file: inFolder("pages", "ar.md"), message: 'file name: "ar" is a language code, and /ar/ is the front page of the articles written in it (language: ar): rename the page' },
    ]);
  });

  it("may not take the first folder of any of app/'s routes", () => {
    // Route groups, like (site), add nothing to the address; a dynamic segment is an edition's or a page's.
    const firstFolders = (dir: string): string[] =>
      fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
        if (!entry.isDirectory() || entry.name.startsWith("[")) return [];
        return /^\(.*\)$/.test(entry.name) ? firstFolders(path.join(dir, entry.name)) : [entry.name];
      });
    const routes = firstFolders(path.resolve("app")).filter((name) => !name.includes("."));
    expect(routes.length).toBeGreaterThan(5);
    expect(SITE_FOLDERS).toEqual(expect.arrayContaining(routes));
  });

  it("may take any name that is no address of the site, a short one no article's language included", () => {
    for (const slug of ["about", "faq", "fa-af", "tags-explained", "search-help"]) expect(pageSlugClash(slug, new Set(["en", "ar"])), slug).toBeUndefined();
  });
});
