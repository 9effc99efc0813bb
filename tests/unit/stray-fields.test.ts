// A field pasted below the closing --- is body text, and an embargoed draft would go live with
// "draft: true" as its first line: the check warns, naming the line and the fix.
import { describe, expect, it } from "vitest";
import { formatProblem } from "@/lib/content/problems";
import { articleFile, checkSite, printedPath, REQUIRED_FIELDS, tempSite } from "./helpers";

function printed(body: string) {
  const site = tempSite({ "x.md": articleFile({ ...REQUIRED_FIELDS, tags: ["Iran"] }, body) });
  // The frontmatter takes lines 1 to 8, then a blank line: the body's first line is line 10.
  return checkSite(site).problems.map(formatProblem).map((line) => line.replace(printedPath(site, "x.md"), "x.md"));
}

describe("a field-like line at the top of the body", () => {
  it("warns about draft: true pasted one line too low", () => {
    expect(printed("draft: true\n\nThe story begins.\n")).toEqual([
      'x.md:10: body: warning: "draft: true" looks like the draft field, but it is below the closing --- and would be published as text: move it above the closing ---',
    ]);
  });

  it("warns about each field of a pasted block, and a list item's field", () => {
    expect(printed("tags: [a]\nsection: Iran\n- date: 2025-01-01\n\nThe story begins.\n")).toEqual([
      'x.md:10: body: warning: "tags: [a]" looks like the tags field, but it is below the closing --- and would be published as text: move it above the closing ---',
      'x.md:11: body: warning: "section: Iran" looks like the section field, but it is below the closing --- and would be published as text: move it above the closing ---',
      'x.md:12: body: warning: "- date: 2025-01-01" looks like the date field, but it is below the closing --- and would be published as text: move it above the closing ---',
    ]);
  });

  it("is found after blank lines at the start of the body", () => {
    expect(printed("\n\ndraft: true\n\nText.\n")).toEqual([expect.stringMatching(/^x\.md:12: body: warning: "draft: true"/)]);
  });

  it.each([
    ["a field further down, in the story's prose", "The story begins.\n\nsection: of the law, the judge said.\n"],
    ["a word that is no field", "Note: this story was updated.\n"],
    ["a field name inside a sentence", "The title: a city waits, was the paper's headline.\n"],
  ])("is not warned about: %s", (_, body) => {
    expect(printed(body)).toEqual([]);
  });
});
