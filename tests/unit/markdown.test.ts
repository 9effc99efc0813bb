// An article body as readers get it: sections under subheadings, ordinary markdown, nothing that runs.
import { describe, expect, it } from "vitest";
import { renderBody } from "@/lib/markdown";

const allHtml = (markdown: string) =>
  renderBody(markdown)
    .sections.map((section) => section.html)
    .join("");

describe("renderBody sections", () => {
  const body = [
    "The lead paragraph.",
    "",
    "## Taliban's 'extraterritorial assassinations'",
    "",
    "Second section.",
    "",
    "## Calls for accountability",
    "",
    "Third section.",
    "",
  ].join("\n");

  it("splits the body at each '## ' subheading, the lead having no heading", () => {
    const { sections, problems } = renderBody(body);

    expect(problems).toEqual([]);
    expect(sections).toEqual([
      { html: "<p>The lead paragraph.</p>\n" },
      {
        heading: { text: "Taliban's 'extraterritorial assassinations'", id: "talibans-extraterritorial-assassinations" },
        html: "<p>Second section.</p>\n",
      },
      { heading: { text: "Calls for accountability", id: "calls-for-accountability" }, html: "<p>Third section.</p>\n" },
    ]);
  });

  it("gives the same ids every time it renders", () => {
    expect(renderBody(body).sections.map((s) => s.heading?.id)).toEqual(renderBody(body).sections.map((s) => s.heading?.id));
  });

  it("gives repeated subheadings distinct ids, and never one the page already uses", () => {
    const { sections } = renderBody("## Reaction\n\nA.\n\n## Reaction\n\nB.\n\n## Related events\n\nC.\n");

    expect(sections.map((s) => s.heading?.id)).toEqual(["reaction", "reaction-1", "related-events-1"]);
  });

  it("keeps '### ' headings inside their section", () => {
    const { sections } = renderBody("## Reaction\n\n### In Kabul\n\nText.\n");

    expect(sections).toHaveLength(1);
    expect(sections[0].html).toContain("<h3>In Kabul</h3>");
  });
});

describe("renderBody markdown", () => {
  it("renders emphasis, links, lists and quotations", () => {
    const html = allHtml(
      [
        "Some *emphasis* and **strong** words, and a [link](https://www.afintl.com/en).",
        "",
        "- first",
        "- second",
        "",
        "> A quotation.",
        "",
      ].join("\n"),
    );

    expect(html).toContain("<em>emphasis</em>");
    expect(html).toContain("<strong>strong</strong>");
    expect(html).toContain('<a href="https://www.afintl.com/en">link</a>');
    expect(html).toMatch(/<ul>\s*<li>first<\/li>\s*<li>second<\/li>\s*<\/ul>/);
    expect(html).toMatch(/<blockquote>\s*<p>A quotation\.<\/p>\s*<\/blockquote>/);
  });

  it("keeps curly quotes and apostrophes as written", () => {
    expect(allHtml("Sari’s killing, a “targeted terrorist act.”\n")).toContain("Sari’s killing, a “targeted terrorist act.”");
  });
});

describe("renderBody raw HTML", () => {
  it.each([
    ["a script", "<script>alert(1)</script>", /<script/i],
    ["an onerror attribute", '<img src="x.jpg" onerror="alert(1)">', /onerror/i],
    ["an onclick attribute", '<p onclick="alert(1)">Click</p>', /onclick/i],
    ["an iframe", '<iframe src="https://evil.example"></iframe>', /<iframe/i],
    ["a javascript: link", "[Read more](javascript:alert(1))", /javascript:/i],
    ["a javascript: link written as HTML", '<a href="javascript:alert(1)">Read more</a>', /javascript:/i],
  ])("does not let %s through", (_, markdown, markup) => {
    const html = allHtml(`Before.\n\n${markdown}\n\nAfter.\n`);

    expect(html).not.toMatch(markup);
    expect(html).toContain("<p>Before.</p>");
    expect(html).toContain("<p>After.</p>");
  });
});

describe("renderBody problems", () => {
  it("reports a '# ' heading with its line in the body", () => {
    expect(renderBody("Lead.\n\n# Another headline\n").problems).toEqual([{ line: 3, message: expect.stringContaining("second headline") }]);
  });

  it("reports an empty body", () => {
    expect(renderBody("\n\n").problems).toEqual([{ line: 1, message: expect.stringContaining("the body is empty") }]);
  });

  it("reports a '## ' with no words", () => {
    expect(renderBody("Lead.\n\n##\n\nMore.\n").problems).toEqual([{ line: 3, message: expect.stringContaining("empty subheading") }]);
  });
});
