// Things that end up in content/articles/ by accident: a folder, a huge paste, a section or tag
// that cannot become a page address. Each is a clear message, never a crash.
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { MAX_ARTICLE_BYTES } from "@/lib/content/article-file";
import { articleFile, inFile, lineOf, REQUIRED_FIELDS, tempSite } from "./helpers";

const CLEAN = { ...REQUIRED_FIELDS, tags: ["Taliban"] } as const;

/** A valid article of exactly `bytes` bytes: the body padded with paragraphs of 999 x's. */
const articleOfSize = (bytes: number) => {
  const start = articleFile(CLEAN, "");
  const padding = "x".repeat(999).concat("\n\n").repeat(Math.ceil(bytes / 1001)).slice(0, bytes - Buffer.byteLength(start) - 1);
  return `${start}${padding}\n`;
};

describe("a folder inside content/articles/", () => {
  it.each(["x.md", "images"])("named %s cannot be read, and the message says it is a folder", (name) => {
    const site = tempSite({ "real.md": articleFile(CLEAN) });
    fs.mkdirSync(path.join(site.contentDir, "articles", name));

    expect(site.problems()).toEqual([
      {
        file: inFile(name),
        message: "it cannot be read (it is a folder, not a file): only article files belong in content/articles/",
      },
    ]);
  });
});

describe("a file over the size an article may be", () => {
  it("says how big it is, and asks whether something was pasted in", () => {
    const site = tempSite({ "x.md": articleOfSize(1_500_000) });

    expect(site.problems()).toEqual([
      { file: inFile("x.md"), message: "the file is 1500 KB, over the 1 MB (1000 KB) an article may be: was something pasted in by mistake?" },
    ]);
  });

  it("is reported alongside the other files' problems", () => {
    const site = tempSite({ "huge.md": articleOfSize(MAX_ARTICLE_BYTES + 1), "broken.md": articleFile({ ...CLEAN, title: undefined }) });

    expect(site.problems().map((problem) => [path.basename(problem.file), problem.field])).toEqual([
      ["broken.md", "title"],
      ["huge.md", undefined],
    ]);
  });

  it(`is not reported at exactly ${MAX_ARTICLE_BYTES} bytes`, () => {
    const text = articleOfSize(MAX_ARTICLE_BYTES);
    expect(Buffer.byteLength(text)).toBe(MAX_ARTICLE_BYTES);
    const site = tempSite({ "x.md": text });

    expect(site.load().map((article) => article.slug)).toEqual(["x"]);
  });
});

describe("a section or tag with no letter or digit", () => {
  it("in the section is an error: it cannot become a page address", () => {
    const text = articleFile({ ...CLEAN, section: "!!!" });
    const site = tempSite({ "x.md": text });

    expect(site.problems()).toEqual([
      { file: inFile("x.md"), line: lineOf(text, "section:"), field: "section", message: 'needs at least one letter or digit; found "!!!"' },
    ]);
  });

  it("in a tag is an error at that tag", () => {
    const text = articleFile({ ...CLEAN, tags: ["Taliban", "—"] });
    const site = tempSite({ "x.md": text });

    expect(site.problems()).toEqual([
      { file: inFile("x.md"), line: lineOf(text, "- —"), field: "tags[1]", message: 'needs at least one letter or digit; found "—"' },
    ]);
  });

  it("is fine when it has letters of another script", () => {
    const site = tempSite({ "x.md": articleFile({ ...CLEAN, section: "افغانستان", tags: ["طالبان"] }) });

    expect(site.load()[0]).toMatchObject({ section: "افغانستان", tags: ["طالبان"] });
  });

  it("in a tag that is only an invisible zero-width non-joiner is an error", () => {
    const site = tempSite({ "x.md": articleFile({ ...CLEAN, tags: ["Taliban", "\u200c"] }) });

    expect(site.problems()).toEqual([expect.objectContaining({ field: "tags[1]", message: expect.stringContaining("needs at least one letter or digit") })]);
  });
});

describe("a section or tag too long to be a page address", () => {
  it.each([
    ["section", { section: "Afghanistan ".repeat(20) }, "section"],
    ["tag", { tags: ["Taliban", "Iran ".repeat(40)] }, "tags[1]"],
    ["tag in Persian, whose letters take more room in an address", { tags: ["طالبان ".repeat(6)] }, "tags[0]"],
  ])("in a %s is an error, before the build would fail to write its page", (_, fields, field) => {
    const site = tempSite({ "x.md": articleFile({ ...CLEAN, ...fields }) });

    expect(site.problems()).toEqual([expect.objectContaining({ field, message: expect.stringMatching(/^is too long to be a page address: shorten it to a few words; found /) })]);
  });

  it("is not reported for a name of a few words", () => {
    const site = tempSite({ "x.md": articleFile({ ...CLEAN, section: "National Resistance Front of Afghanistan", tags: ["طالبان در ایران"] }) });

    expect(site.load()).toHaveLength(1);
  });
});
