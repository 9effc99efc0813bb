// Section and tag names become pages: names that look the same must be the same, so invisible
// characters inside a name are refused, and a word mixing letters of two scripts is warned about.
import { describe, expect, it } from "vitest";
import { formatProblem } from "@/lib/content/problems";
import { articleFile, checkSite, printedPath, tempSite } from "./helpers";

function printed(section: string, tags: string[]) {
  const yaml = [
    "title: Headline",
    "standfirst: A summary.",
    "publishedAt: 2025-12-25",
    `section: ${JSON.stringify(section)}`,
    `tags: [${tags.map((tag) => JSON.stringify(tag)).join(", ")}]`,
    "",
  ].join("\n");
  const site = tempSite({ "x.md": articleFile(yaml) });
  return checkSite(site).problems.map(formatProblem).map((line) => line.replace(printedPath(site, "x.md"), "x.md"));
}

const refused = (field: string, what: string, found: string) =>
  `x.md:${field === "section" ? 5 : 6}: ${field}: holds an invisible character, ${what}: it would make a page of its own for a name that looks the same; delete it (retype the name); found "${found}"`;

describe("an invisible character inside a name", () => {
  it.each([
    ["a zero-width joiner", "Ir\u200dan", "U+200D (zero-width joiner) at character 3", "Ir<U+200D>an"],
    ["a combining grapheme joiner", "Iran\u034f", "U+034F (combining grapheme joiner) at character 5", "Iran<U+034F>"],
    ["a variation selector", "Iran\ufe0f", "U+FE0F (variation selector) at character 5", "Iran<U+FE0F>"],
    ["a right-to-left override", "Ir\u202ean", "U+202E (text-direction control) at character 3", "Ir<U+202E>an"],
    ["a left-to-right mark", "\u200eIran", "U+200E (left-to-right mark) at character 1", "<U+200E>Iran"],
    ["a zero-width non-joiner in a Latin word", "Ir\u200can", "U+200C (zero-width non-joiner outside a Persian or Pashto word) at character 3", "Ir<U+200C>an"],
    [
      "a zero-width non-joiner at the end of a Persian word",
      "کتاب\u200c",
      "U+200C (zero-width non-joiner outside a Persian or Pashto word) at character 5",
      "کتاب<U+200C>",
    ],
  ])("refuses %s in a tag, and shows where it is", (_, tag, what, found) => {
    expect(printed("Afghanistan", [tag])).toEqual([refused("tags[0]", what, found)]);
  });

  it("refuses one in a section", () => {
    expect(printed("Afghan\u200distan", ["Iran"])).toEqual([refused("section", "U+200D (zero-width joiner) at character 7", "Afghan<U+200D>istan")]);
  });

  // What a word processor pastes is never meant in a name, and what was meant is plain: the name
  // is read without it (one page, not two), and the editor is told once for the file.
  it.each([
    ["a soft hyphen", "Tali\u00adban"],
    ["a zero-width space", "Tali\u200bban"],
    ["a word joiner", "Taliban\u2060"],
  ])("leaves out %s pasted into a tag, and says so once", (_, tag) => {
    expect(printed("Afghan\u00adistan", [tag, "Iran"])).toEqual([
      "x.md:5: warning: text pasted from a word processor: read 2 invisible characters (soft hyphens, zero-width spaces) left out; nothing to do, but typing those lines afresh makes this warning go away",
    ]);
  });

  // Persian and Pashto spell words with it: "کتاب‌ها" (books), "می‌خواهم" (I want).
  it.each(["کتاب\u200cها", "می\u200cخواهم", "نَ\u200cب"])("accepts a zero-width non-joiner between Arabic-script letters: %s", (tag) => {
    expect(printed("افغانستان", [tag])).toEqual([]);
  });
});

describe("a word mixing the letters of two scripts", () => {
  it("warns about a Greek iota in a Latin word", () => {
    expect(printed("Afghanistan", ["\u0399ran"])).toEqual([
      'x.md:6: tags[0]: warning: "\u0399ran" mixes Latin and Greek letters in one word: a letter from another script can look the same and make a page of its own; retype the word in one script',
    ]);
  });

  it("warns about a Cyrillic a in a section", () => {
    expect(printed("Afgh\u0430nistan", ["Iran"])).toEqual([
      'x.md:5: section: warning: "Afgh\u0430nistan" mixes Latin and Cyrillic letters in one word: a letter from another script can look the same and make a page of its own; retype the word in one script',
    ]);
  });

  it("accepts two scripts in separate words", () => {
    expect(printed("Afghanistan", ["Kabul کابل", "Москва"])).toEqual([]);
  });
});
