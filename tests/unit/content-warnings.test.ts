// What an editor is warned about: printed by the check, but never a reason to stop a build. A
// warning names the file, the line, the field and what to do; the article still loads.
import { describe, expect, it } from "vitest";
import { PLACEHOLDERS } from "@/lib/content/template";
import { STANDFIRST_LIMIT, TITLE_LIMIT } from "@/lib/content/cross-file-checks";
import { isWarning } from "@/lib/content/problems";
import { acceptedWarnings, WARNING_KINDS, type WarningKind } from "@/lib/content/accepted-warnings";
import { articleFile, BODY, checkSite, inFile, lineOf, REQUIRED_FIELDS, tempSite } from "./helpers";

/** An article that draws no warning at all: the required fields, and tags. */
const CLEAN = { ...REQUIRED_FIELDS, tags: ["Taliban", "Iran"] } as const;

describe("a clean article", () => {
  it("draws no warning", () => {
    const site = tempSite({ "x.md": articleFile(CLEAN) });

    expect(checkSite(site).problems).toEqual([]);
  });
});

describe("a warning", () => {
  it("does not stop the article loading, but is returned by the check", () => {
    const site = tempSite({ "x.md": articleFile({ ...CLEAN, tags: [] }) });

    expect(site.load().map((article) => article.slug)).toEqual(["x"]);
    expect(checkSite(site).problems).toEqual([expect.objectContaining({ field: "tags", severity: "warning" })]);
  });
});

describe("a headline too long for search results", () => {
  it(`warns over ${TITLE_LIMIT} characters, with the count and what to do`, () => {
    const title = "A".repeat(TITLE_LIMIT + 1);
    const text = articleFile({ ...CLEAN, title });
    const site = tempSite({ "x.md": text });

    expect(checkSite(site).problems).toEqual([
      {
        file: inFile("x.md"),
        line: lineOf(text, "title:"),
        field: "title",
        message: `${TITLE_LIMIT + 1} characters: search results cut titles off after about ${TITLE_LIMIT}; a shorter headline shows whole`,
        severity: "warning",
      },
    ]);
    expect(site.load()[0].title).toBe(title);
  });

  it(`is fine at exactly ${TITLE_LIMIT} characters`, () => {
    const site = tempSite({ "x.md": articleFile({ ...CLEAN, title: "A".repeat(TITLE_LIMIT) }) });

    expect(checkSite(site).problems).toEqual([]);
  });
});

describe("a standfirst too long for search results", () => {
  it(`warns over ${STANDFIRST_LIMIT} characters, saying the rest is cut off`, () => {
    const text = articleFile({ ...CLEAN, standfirst: "S".repeat(STANDFIRST_LIMIT + 1) });
    const site = tempSite({ "x.md": text });

    expect(checkSite(site).problems).toEqual([
      {
        file: inFile("x.md"),
        line: lineOf(text, "standfirst:"),
        field: "standfirst",
        message: `${STANDFIRST_LIMIT + 1} characters: search results show about ${STANDFIRST_LIMIT} of the description; the rest is cut off`,
        severity: "warning",
      },
    ]);
  });

  it(`is fine at exactly ${STANDFIRST_LIMIT} characters`, () => {
    const site = tempSite({ "x.md": articleFile({ ...CLEAN, standfirst: "S".repeat(STANDFIRST_LIMIT) }) });

    expect(checkSite(site).problems).toEqual([]);
  });
});

describe("an article with no tags", () => {
  it.each([
    ["leaves tags out", { ...REQUIRED_FIELDS }],
    ["writes an empty list", { ...REQUIRED_FIELDS, tags: [] }],
  ])("warns when it %s, suggesting tags to add", (_, fields) => {
    const text = articleFile(fields);
    const site = tempSite({ "x.md": text });

    expect(checkSite(site).problems).toEqual([
      {
        file: inFile("x.md"),
        line: "tags" in fields ? lineOf(text, "tags:") : undefined,
        field: "tags",
        message: "no tags: add a few, like [Taliban, Iran], so readers find related stories",
        severity: "warning",
      },
    ]);
  });
});

describe("an image", () => {
  it("without a credit is a warning at the image, saying to add credit:", () => {
    const text = articleFile({ ...CLEAN, image: { src: "/images/sari.jpg", alt: "Ikramuddin Sari" } });
    const site = tempSite({ "x.md": text });
    site.writePublic("images/sari.jpg");

    expect(checkSite(site).problems).toEqual([
      {
        file: inFile("x.md"),
        line: lineOf(text, "image:"),
        field: "image",
        message: "the image has no credit: add credit: with who took or owns it",
        severity: "warning",
      },
    ]);
  });

  it("with a credit draws no warning", () => {
    const site = tempSite({ "x.md": articleFile({ ...CLEAN, image: { src: "/images/sari.jpg", alt: "Ikramuddin Sari", credit: "Family photo" } }) });
    site.writePublic("images/sari.jpg");

    expect(checkSite(site).problems).toEqual([]);
  });
});

describe("a timeline event after the publish date", () => {
  const withEvents = (publishedAt: string, relatedEvents: Record<string, unknown>[]) => {
    const text = articleFile({ ...CLEAN, publishedAt, relatedEvents });
    return { text, site: tempSite({ "x.md": text }) };
  };

  it("warns at the event's date, asking whether it is right", () => {
    const { text, site } = withEvents("2025-12-25", [
      { date: "2025-12-24", title: "Sari is shot dead" },
      { date: "2025-12-26", title: "A funeral" },
    ]);

    expect(checkSite(site).problems).toEqual([
      {
        file: inFile("x.md"),
        line: lineOf(text, "- date: 2025-12-26"),
        field: "relatedEvents[1].date",
        message: "2025-12-26 is after the article was published (2025-12-25): is the date right?",
        severity: "warning",
      },
    ]);
  });

  it("compares with the calendar day written in a publish date-time", () => {
    const { site } = withEvents("2025-12-25T23:30:00+03:30", [{ date: "2025-12-26", title: "A funeral" }]);

    expect(checkSite(site).problems).toEqual([
      expect.objectContaining({ field: "relatedEvents[0].date", message: expect.stringContaining("(2025-12-25)"), severity: "warning" }),
    ]);
  });

  it("warns for a month after the publish month", () => {
    const { site } = withEvents("2025-09-13", [{ date: "2025-10", title: "Arrests" }]);

    expect(checkSite(site).problems).toEqual([
      expect.objectContaining({ field: "relatedEvents[0].date", message: "2025-10 is after the article was published (2025-09-13): is the date right?" }),
    ]);
  });

  it.each([
    ["the same day", "2025-09-13"],
    ["a month-precision event in the publish month", "2025-09"],
    ["a year-precision event in the publish year", "2025"],
    ["an earlier day", "2025-09-12"],
  ])("does not warn for %s (%s)", (_, date) => {
    const { site } = withEvents("2025-09-13", [{ date, title: "An event" }]);

    expect(checkSite(site).problems).toEqual([]);
  });
});

describe("a tag or section spelled two ways across articles", () => {
  it("warns on the spelling fewer articles use, naming the other spelling", () => {
    const odd = articleFile({ ...CLEAN, tags: ["Taliban", "IRAN"] });
    const site = tempSite({
      "a.md": articleFile(CLEAN),
      "b.md": articleFile(CLEAN),
      "c.md": odd,
    });

    expect(checkSite(site).problems).toEqual([
      {
        file: inFile("c.md"),
        line: lineOf(odd, "- IRAN"),
        field: "tags[1]",
        message: '"IRAN" is written "Iran" elsewhere: use one spelling, so the tag has one name',
        severity: "warning",
      },
    ]);
  });

  it("points at the line of a tag list written on one line", () => {
    const odd = articleFile("title: Headline\nstandfirst: Summary.\npublishedAt: 2025-12-25\nsection: Afghanistan\ntags: [Taliban, iran]\n");
    const site = tempSite({ "a.md": articleFile(CLEAN), "b.md": articleFile(CLEAN), "c.md": odd });

    expect(checkSite(site).problems).toEqual([
      expect.objectContaining({ file: inFile("c.md"), line: lineOf(odd, "tags:"), field: "tags[1]", message: expect.stringContaining('"iran" is written "Iran"') }),
    ]);
  });

  it("warns about a section the same way", () => {
    const odd = articleFile({ ...CLEAN, section: "afghanistan" });
    const site = tempSite({ "a.md": articleFile(CLEAN), "b.md": articleFile(CLEAN), "c.md": odd });

    expect(checkSite(site).problems).toEqual([
      {
        file: inFile("c.md"),
        line: lineOf(odd, "section:"),
        field: "section",
        message: '"afghanistan" is written "Afghanistan" elsewhere: use one spelling, so the section has one name',
        severity: "warning",
      },
    ]);
  });

  it("treats spaces and hyphens as one spelling difference (Human rights / human-rights)", () => {
    const site = tempSite({
      "a.md": articleFile({ ...CLEAN, tags: ["Human rights"] }),
      "b.md": articleFile({ ...CLEAN, tags: ["Human rights"] }),
      "c.md": articleFile({ ...CLEAN, tags: ["human-rights"] }),
    });

    expect(checkSite(site).problems).toEqual([
      expect.objectContaining({ file: inFile("c.md"), field: "tags[0]", message: expect.stringContaining('"human-rights" is written "Human rights" elsewhere') }),
    ]);
  });

  it("does not confuse a tag with a section of the same name", () => {
    const site = tempSite({ "a.md": articleFile({ ...CLEAN, section: "Iran", tags: ["iran"] }) });

    expect(checkSite(site).problems).toEqual([]);
  });
});

describe("the template's placeholder text", () => {
  const published = (fields: Record<string, unknown>, body?: string) => articleFile({ ...CLEAN, ...fields }, body);
  const placeholderBody = `${BODY}\n${PLACEHOLDERS.body[0]} Leave a blank line between paragraphs.\n`;

  it("in a draft's standfirst is a warning, and the draft still loads", () => {
    const text = published({ standfirst: PLACEHOLDERS.standfirst, draft: true });
    const site = tempSite({ "x.md": text });

    expect(checkSite(site).problems).toEqual([
      {
        file: inFile("x.md"),
        line: lineOf(text, "standfirst:"),
        field: "standfirst",
        message: "still the template's placeholder: write the summary",
        severity: "warning",
      },
    ]);
    expect(site.load()[0].status).toBe("draft");
  });

  it("in a published article's standfirst is an error, so it cannot be built", () => {
    const text = published({ standfirst: PLACEHOLDERS.standfirst });
    const site = tempSite({ "x.md": text });

    expect(site.problems()).toEqual([
      { file: inFile("x.md"), line: lineOf(text, "standfirst:"), field: "standfirst", message: "still the template's placeholder: write the summary" },
    ]);
  });

  it("in a draft's body is a warning at the line of the placeholder", () => {
    const text = published({ draft: true }, placeholderBody);
    const site = tempSite({ "x.md": text });

    expect(checkSite(site).problems).toEqual([
      {
        file: inFile("x.md"),
        line: lineOf(text, PLACEHOLDERS.body[0]),
        field: "body",
        message: "still the template's placeholder text: write the article",
        severity: "warning",
      },
    ]);
  });

  it("in a published article's body is an error at the line of the placeholder", () => {
    const text = published({}, placeholderBody);
    const site = tempSite({ "x.md": text });

    expect(site.problems()).toEqual([
      { file: inFile("x.md"), line: lineOf(text, PLACEHOLDERS.body[0]), field: "body", message: "still the template's placeholder text: write the article" },
    ]);
  });

  it("in both places of a published article gives two errors and no warning", () => {
    const site = tempSite({ "x.md": published({ standfirst: PLACEHOLDERS.standfirst }, placeholderBody) });

    const { problems } = checkSite(site);
    expect(problems.map((p) => p.field).sort()).toEqual(["body", "standfirst"]);
    expect(problems.filter(isWarning)).toEqual([]);
  });

  it("left as the template's example subheading in a published article is an error", () => {
    const body = `${BODY}\n## A subheading\n\nEach subheading starts a section readers can link to.\n`;
    const site = tempSite({ "x.md": published({}, body) });

    expect(site.problems()).toEqual([expect.objectContaining({ file: inFile("x.md"), field: "body" })]);
  });
});

describe("a warning an editor accepts for one story", () => {
  // One story drawing each warning an editor may accept, and the files beside it that it needs.
  const drawing: Record<WarningKind, { story: Record<string, unknown>; body?: string; others?: Record<string, string> }> = {
    "title-length": { story: { title: "A".repeat(TITLE_LIMIT + 1) } },
    "standfirst-length": { story: { standfirst: "S".repeat(STANDFIRST_LIMIT + 1) } },
    "no-tags": { story: { tags: [] } },
    "mixed-script": { story: { tags: ["\u0399ran"] } },
    "no-image-credit": { story: { image: { src: "https://example.com/photo.jpg", alt: "A street in Kabul" } } },
    "event-after-publication": { story: { relatedEvents: [{ date: "2026-01-05", title: "A funeral" }] } },
    spelling: { story: { tags: ["IRAN"] }, others: { "a.md": articleFile(CLEAN), "b.md": articleFile(CLEAN) } },
    "field-in-body": { story: {}, body: `draft: true\n\n${BODY}` },
    "pasted-text": { story: { title: "Kabul\u00a0waits" } },
  };
  const site = (kind: WarningKind, accept: unknown) => {
    const { story, body, others } = drawing[kind];
    return tempSite({ ...others, "x.md": articleFile({ ...CLEAN, ...story, acceptWarnings: accept }, body) });
  };

  it.each(WARNING_KINDS)("%s: is no longer reported for that story once accepted", (kind) => {
    expect(checkSite(site(kind, undefined)).problems).toEqual([expect.objectContaining({ file: inFile("x.md"), severity: "warning" })]);

    expect(checkSite(site(kind, [kind])).problems).toEqual([]);
  });

  it("is accepted by name, written alone or in a list, and the story's other warnings still show", () => {
    const text = articleFile({ ...CLEAN, standfirst: "S".repeat(STANDFIRST_LIMIT + 1), tags: [], acceptWarnings: "standfirst-length" });

    expect(checkSite(tempSite({ "x.md": text })).problems).toEqual([expect.objectContaining({ field: "tags", severity: "warning" })]);
  });

  it("is accepted for that story only", () => {
    const long = { ...CLEAN, standfirst: "S".repeat(STANDFIRST_LIMIT + 1) };
    const checked = checkSite(tempSite({ "x.md": articleFile({ ...long, acceptWarnings: ["standfirst-length"] }), "y.md": articleFile(long) }));

    expect(checked.problems).toEqual([expect.objectContaining({ file: inFile("y.md"), field: "standfirst", severity: "warning" })]);
  });

  it("named wrongly is an error, with the name meant", () => {
    const text = articleFile({ ...CLEAN, acceptWarnings: ["standfirst-length", "standfirst-lenght"] });

    expect(tempSite({ "x.md": text }).problems()).toEqual([
      {
        file: inFile("x.md"),
        line: lineOf(text, "- standfirst-lenght"),
        field: "acceptWarnings[1]",
        message: 'is not the name of a warning (did you mean "standfirst-length"?); found "standfirst-lenght"',
      },
    ]);
  });

  it("named by something that is no warning's name is an error listing the names", () => {
    const text = articleFile({ ...CLEAN, acceptWarnings: ["everything"] });

    expect(tempSite({ "x.md": text }).problems()).toEqual([
      expect.objectContaining({ field: "acceptWarnings[0]", message: `expected the name of a warning: ${WARNING_KINDS.join(", ")}; found "everything"` }),
    ]);
  });

  it("is listed once for npm run status, story by story", () => {
    const long = { ...CLEAN, standfirst: "S".repeat(STANDFIRST_LIMIT + 1) };
    const { articles } = checkSite(
      tempSite({ "x.md": articleFile({ ...long, tags: [], acceptWarnings: ["standfirst-length", "no-tags"] }), "y.md": articleFile(long) }),
    );

    expect(acceptedWarnings(articles)).toEqual([{ slug: "x", warnings: ["standfirst-length", "no-tags"] }]);
  });
});
