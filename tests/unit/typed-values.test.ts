// What an editor types is what the site shows: YAML does not turn unquoted values into numbers,
// and dates outside what a news site can mean are refused as the typos they are.
import { describe, expect, it } from "vitest";
import { formatProblem } from "@/lib/content/problems";
import { articleFile, checkSite, printedPath, tempSite } from "./helpers";

const file = (lines: string[], body?: string) => articleFile([...lines, ""].join("\n"), body);
const base = ["title: Headline", "standfirst: A summary.", "publishedAt: 2025-12-25", "section: Afghanistan", "tags: [Iran]"];
const replace = (field: string, line: string) => base.map((written) => (written.startsWith(`${field}:`) ? line : written));

describe("an unquoted value YAML could read as a number", () => {
  it.each(["0x10", "007", "1e3", "12345678901234567890", "1_000", "0o17", ".inf", "-0", "2023"])("keeps its spelling as a headline: %s", (typed) => {
    const site = tempSite({ "x.md": file(replace("title", `title: ${typed}`)) });
    expect(site.load()[0].title).toBe(typed);
  });

  it("keeps its spelling as a section, a tag and a name", () => {
    const site = tempSite({ "x.md": file([...replace("section", "section: 007"), "byline: 0x10"].map((l) => (l.startsWith("tags:") ? "tags: [1e3, 12345678901234567890]" : l))) });
    const [article] = site.load();
    expect([article.section, article.tags, article.byline]).toEqual(["007", ["1e3", "12345678901234567890"], ["0x10"]]);
  });

  it("`yes` is not true: only true and false are, as in YAML 1.2", () => {
    const site = tempSite({ "x.md": file([...base, "draft: yes"]) });
    expect(checkSite(site).problems.map(formatProblem)).toEqual([`${printedPath(site, "x.md")}:7: draft: expected true or false; found "yes"`]);
  });
});

describe("a date a news site cannot mean", () => {
  const printed = (lines: string[]) => {
    const site = tempSite({ "x.md": file(lines) });
    return checkSite(site).problems.map(formatProblem).map((line) => line.replace(printedPath(site, "x.md"), "x.md"));
  };

  it.each([
    ["0099-01-01", 'the year 0099 is not one a story is published in (1990 to 2099): is it a typo?; found "0099-01-01"'],
    ["9999-12-31", 'the year 9999 is not one a story is published in (1990 to 2099): is it a typo?; found "9999-12-31"'],
    ["1899-05-01T10:00:00Z", 'the year 1899 is not one a story is published in (1990 to 2099): is it a typo?; found "1899-05-01T10:00:00Z"'],
    ["2025-12-25T09:30:00+23:59", 'the offset +23:59 is not one any place uses: offsets run from -12:00 to +14:00 (Kabul is +04:30); found "2025-12-25T09:30:00+23:59"'],
    ["2025-12-25T09:30:00-12:30", 'the offset -12:30 is not one any place uses: offsets run from -12:00 to +14:00 (Kabul is +04:30); found "2025-12-25T09:30:00-12:30"'],
  ])("refuses publishedAt %s", (date, message) => {
    expect(printed(replace("publishedAt", `publishedAt: ${date}`))).toEqual([`x.md:4: publishedAt: ${message}`]);
  });

  it.each(["1990-01-01", "2099-12-31", "2025-12-25T09:30:00+14:00", "2025-12-25T09:30:00-12:00", "2025-12-25T09:30:00+04:30"])(
    "accepts publishedAt %s",
    (date) => {
      expect(printed(replace("publishedAt", `publishedAt: ${date}`))).toEqual([]);
    },
  );

  it.each([
    ["0099", 'the year 0099 is outside 1000 to 2099, the years a timeline can show: is it a typo?; found "0099"'],
    ["0622-07", 'the year 0622 is outside 1000 to 2099, the years a timeline can show: is it a typo?; found "0622-07"'],
    ["9999-01-01", 'the year 9999 is outside 1000 to 2099, the years a timeline can show: is it a typo?; found "9999-01-01"'],
  ])("refuses an event dated %s", (date, message) => {
    const lines = [...base, "relatedEvents:", `  - date: ${date}`, "    title: Something happened"];
    expect(printed(lines)).toEqual([`x.md:8: relatedEvents[0].date: ${message}`]);
  });

  it("accepts an event from history, like Afghanistan's independence in 1919", () => {
    expect(printed([...base, "relatedEvents:", "  - date: 1919-08-19", "    title: Independence"])).toEqual([]);
  });
});
