// Links and image paths in frontmatter are written into pages, feeds and JSON-LD as they are, so
// the schema lets through only https links and paths that stay inside public/.
import { describe, expect, it } from "vitest";
import { checkArticleFile } from "@/lib/content/article-file";
import { isSitePath } from "@/lib/content/schema";
import { articleFile, REQUIRED_FIELDS } from "./helpers";

const check = (frontmatter: Record<string, unknown>) =>
  checkArticleFile("content/articles/x.md", "x.md", new TextEncoder().encode(articleFile({ ...REQUIRED_FIELDS, tags: ["Iran"], ...frontmatter })));
const fieldsWithProblems = (frontmatter: Record<string, unknown>) => check(frontmatter).problems.map((problem) => problem.field);

describe("isSitePath", () => {
  it.each(["/images/photo.jpg", "/images/a%20b.jpg", "/images/100%.jpg", "/images/a.b..c.jpg", "/images/./photo.jpg"])("accepts %s", (src) => {
    expect(isSitePath(src)).toBe(true);
  });

  it.each([
    ["another site", "//evil.example/x.jpg"],
    ["a parent folder", "/images/../../etc/passwd"],
    ["a parent folder, percent-encoded", "/images/%2e%2e/%2E%2E/etc/passwd"],
    ["a parent folder, half encoded", "/images/.%2e/secret"],
    ["a parent folder, encoded twice", "/images/%252e%252e/secret"],
    ["an encoded slash before the parent folder", "/images%2f..%2fsecret"],
    ["another site, its second slash encoded", "/%2fevil.example/x.jpg"],
    ["a backslash, which browsers read as a slash", "/\\evil.example/x.jpg"],
    ["a backslash parent folder", "/images\\..\\..\\secret"],
    ["an encoded backslash", "/images/%5c..%5csecret"],
    ["a null byte", "/images/photo.jpg%00.png"],
    ["a newline", "/images/photo.jpg\n"],
    ["no leading slash", "images/photo.jpg"],
  ])("refuses %s: %j", (_, src) => {
    expect(isSitePath(src)).toBe(false);
  });
});

const NOT_HTTPS = [
  "javascript:alert(1)",
  "JAVASCRIPT:alert(1)",
  " javascript:alert(1)",
  "vbscript:msgbox(1)",
  "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==",
  "http://www.afintl.com/en",
  "//www.afintl.com/en",
  "https://",
  "https://exa mple.com/",
];

describe("frontmatter links", () => {
  it.each(NOT_HTTPS)("refuses %j as a source, event or image link", (url) => {
    const fields = fieldsWithProblems({
      source: { name: "A wire", url },
      relatedEvents: [{ date: "2025-12-24", title: "An event", url }],
      image: { src: url, alt: "A photo", credit: "A photographer" },
    });

    expect(fields.sort()).toEqual(["image.src", "relatedEvents[0].url", "source.url"]);
  });

  it("refuses a site-relative link where only https is allowed", () => {
    expect(fieldsWithProblems({ source: { name: "A wire", url: "/articles/x/" } })).toEqual(["source.url"]);
  });

  it("accepts https links, and an image path inside public/ that exists", () => {
    const { problems, article } = check({
      source: { name: "A wire", url: "https://www.afintl.com/en" },
      relatedEvents: [{ date: "2025-12-24", title: "An event", url: "https://example.com/report?id=1#top" }],
      image: { src: "https://images.example.com/a.jpg", alt: "A photo", credit: "A photographer" },
    });

    expect(problems).toEqual([]);
    expect(article?.frontmatter.source?.url).toBe("https://www.afintl.com/en");
  });

  it("writes a link out as a browser sends it, characters no link can hold percent-encoded", () => {
    const { article } = check({ source: { name: "A wire", url: 'https://example.com/a b"<c>?q=<x>#<y>' } });

    expect(article?.frontmatter.source?.url).toBe("https://example.com/a%20b%22%3Cc%3E?q=%3Cx%3E#%3Cy%3E");
  });

  it("writes an https image's address out the same way", () => {
    const remote = check({ image: { src: 'https://example.com/a b"<c>.jpg', alt: "A street", credit: "A wire" } });
    expect(remote.article?.frontmatter.image?.src).toBe("https://example.com/a%20b%22%3Cc%3E.jpg");
  });
});
