// The YAML mistakes an editor makes every day, each told in plain words with the line as it
// should be typed; and what a word processor pastes, read as meant with one warning per file.
import { describe, expect, it } from "vitest";
import { articleTemplate } from "@/lib/content/template";
import { articleFile, checkSite, inFile, lineOf, tempSite } from "./helpers";

const FIELDS = ["standfirst: Summary.", "publishedAt: 2025-12-25", "section: Afghanistan"];

/** Every problem of one article whose frontmatter is `lines` then the other required fields. */
function problemsOf(...lines: string[]) {
  const text = articleFile([...lines, ...FIELDS, ""].join("\n"));
  const site = tempSite({ "x.md": text });
  return { text, problems: checkSite(site).problems, articles: checkSite(site).articles };
}

describe("a YAML mistake is told with its fix", () => {
  it("an unquoted colon in a value: quote the editor's own line", () => {
    const { text, problems } = problemsOf("title: Kabul: a city waits");
    expect(problems).toEqual([
      {
        file: inFile("x.md"),
        line: lineOf(text, "title:"),
        message: 'a colon followed by a space inside a value: put the value in quotes: `title: "Kabul: a city waits"`',
      },
    ]);
  });

  it("a # that would silently cut the headline short", () => {
    const { text, problems } = problemsOf("title: Issue #5 of the series");
    expect(problems).toEqual([
      {
        file: inFile("x.md"),
        line: lineOf(text, "title:"),
        message: 'a # after a space starts a note YAML ignores, so title would be "Issue"; put the value in quotes: `title: "Issue #5 of the series"`',
      },
    ]);
  });

  it("a # at the start of a value", () => {
    const { problems } = problemsOf("title: #MeToo reaches Kabul");
    expect(problems).toEqual([
      expect.objectContaining({ message: 'a # after a space starts a note YAML ignores, so title would be empty; put the value in quotes: `title: "#MeToo reaches Kabul"`' }),
    ]);
  });

  it("a note after two spaces, as the new-article template writes them, is still a note", () => {
    const { problems, articles } = problemsOf("title: Kabul waits  # (required) the headline", "tags: [Iran]");
    expect(problems.filter((p) => p.severity !== "warning")).toEqual([]);
    expect(articles[0].title).toBe("Kabul waits");
  });

  it("a tab, one message for its line", () => {
    const { text, problems } = problemsOf("title: Kabul waits", "tags:", "\t- Iran");
    expect(problems).toEqual([
      {
        file: inFile("x.md"),
        line: lineOf(text, "- Iran"),
        message: "a tab at the start of the line: YAML indents with spaces only; type spaces instead: `  - Iran`",
      },
    ]);
  });

  it.each([
    ["too far in, which YAML would read as one tag", "   - Taliban"],
    ["too far out", " - Taliban"],
  ])("a list item out of line, %s", (_, line) => {
    const { text, problems } = problemsOf("title: Kabul waits", "tags:", "  - Iran", line);
    expect(problems).toEqual([
      {
        file: inFile("x.md"),
        line: lineOf(text, line.trim()),
        message: "a list item out of line: start its - exactly under the one above: `  - Taliban`",
      },
    ]);
  });

  it("no space after the colon", () => {
    const { text, problems } = problemsOf("title: Kabul waits", "location:Kabul");
    expect(problems).toEqual([
      { file: inFile("x.md"), line: lineOf(text, "location:"), message: "no space after the colon: type one: `location: Kabul`" },
    ]);
  });

  it("YAML's own words for a mistake it knows no fix for, once per line, with the usual fix", () => {
    const { problems } = problemsOf("title: [unclosed");
    expect(problems).toHaveLength(1);
    expect(problems[0].message).toMatch(/^YAML syntax: .*: if a value holds a colon, a # or a quote mark, put it in quotes$/);
  });
});

describe("the new-article template's notes stay notes", () => {
  /** A fresh `npm run new` draft whose title line the editor has retyped as `title`. */
  function templateWith(title: string) {
    const text = articleTemplate("Kabul bakers struggle", "2025-12-25").replace(/^title: .*$/m, title);
    return { text, checked: checkSite(tempSite({ "x.md": text })) };
  }
  const errors = (checked: ReturnType<typeof checkSite>) => checked.problems.filter((p) => p.severity !== "warning");
  /** The line a message tells the editor to type. */
  const suggested = (message: string) => /`([^`]*)`$/.exec(message)?.[1] ?? "";

  it("a colon in a value: the fix quotes the value and keeps the note outside the quotes, and no other line is reported", () => {
    const { text, checked } = templateWith("title: Kabul: bakers struggle  # (required) the headline");
    expect(checked.problems).toEqual([
      {
        file: inFile("x.md"),
        line: lineOf(text, "title:"),
        message: 'a colon followed by a space inside a value: put the value in quotes: `title: "Kabul: bakers struggle"  # (required) the headline`',
      },
    ]);

    // The fix, typed in, publishes the headline and not the note.
    const fixed = templateWith(suggested(checked.problems[0].message));
    expect(errors(fixed.checked)).toEqual([]);
    expect(fixed.checked.articles[0].title).toBe("Kabul: bakers struggle");
  });

  it("a # in a value: the fix keeps the note outside the quotes", () => {
    const { checked } = templateWith("title: Issue #5 of the series  # (required) the headline");
    expect(checked.problems).toEqual([
      expect.objectContaining({
        message: 'a # after a space starts a note YAML ignores, so title would be "Issue"; put the value in quotes: `title: "Issue #5 of the series"  # (required) the headline`',
      }),
    ]);
  });

  it("a # word inside a note is the note's, not a mistake in the value", () => {
    const { checked } = templateWith("title: Kabul bakers struggle  # (required) see issue #5");
    expect(errors(checked)).toEqual([]);
    expect(checked.articles[0].title).toBe("Kabul bakers struggle");
  });

  it("a value that still holds a note's words is an error, with the quotes closed before the note", () => {
    const { text, checked } = templateWith('title: "Kabul: bakers struggle  # (required) the headline"');
    expect(errors(checked)).toEqual([
      {
        file: inFile("x.md"),
        line: lineOf(text, "title:"),
        field: "title",
        message:
          'holds the template\'s note "# (required) the headline", which would be published with it: close the quotes before the note, as in "Kabul: bakers struggle"  # (required) the headline; found "Kabul: bakers struggle  # (required) the headline"',
      },
    ]);
  });
});

describe("what a word processor pastes is read as meant, with one warning per file", () => {
  it("curly quotes around a whole value, even with a colon inside", () => {
    const { text, problems, articles } = problemsOf("title: “Kabul: a city waits”", "tags: [Iran]");
    expect(articles[0].title).toBe("Kabul: a city waits");
    expect(problems).toEqual([
      {
        file: inFile("x.md"),
        line: lineOf(text, "title:"),
        severity: "warning",
        message:
          "text pasted from a word processor: read curly quotes around 1 value as plain quotes; nothing to do, but typing those lines afresh makes this warning go away",
      },
    ]);
  });

  it("non-breaking spaces, soft hyphens and zero-width spaces, told once", () => {
    const { text, problems, articles } = problemsOf("title: Kabul\u00a0waits", "tags: [Tali\u00adban, Iran\u200b]");
    const text2 = text.replace("publishedAt: 2025-12-25", "publishedAt: 2025-12-25\u00a0");
    const site = tempSite({ "x.md": text2 });
    const checked = checkSite(site);
    expect(articles[0].title).toBe("Kabul waits");
    expect(checked.articles[0].tags).toEqual(["Taliban", "Iran"]);
    expect(checked.problems).toEqual([
      {
        file: inFile("x.md"),
        line: lineOf(text, "title:"),
        severity: "warning",
        message:
          "text pasted from a word processor: read 2 non-breaking spaces as plain spaces and 2 invisible characters (soft hyphens, zero-width spaces) left out; nothing to do, but typing those lines afresh makes this warning go away",
      },
    ]);
    expect(problems).toHaveLength(1);
  });
});
