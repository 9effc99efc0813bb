// An article body as readers get it: sections under subheadings, ordinary markdown, nothing that runs.
import { describe, expect, it } from "vitest";
import { renderBody } from "@/lib/render/markdown";

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
    expect(html).toContain('<a href="https://www.afintl.com/en" rel="noopener noreferrer">link</a>');
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
    ["a script in capitals, split over lines", "<SCRIPT\n>alert(1)</SCRIPT>", /<script|alert/i],
    ["a style element", "<style>body{background:url(javascript:alert(1))}</style>", /<style|javascript/i],
    ["a style attribute", '<p style="background:url(javascript:alert(1))">x</p>', /style=|javascript/i],
    ["an onerror attribute", '<img src="x.jpg" onerror="alert(1)">', /onerror/i],
    ["an onclick attribute", '<p onclick="alert(1)">Click</p>', /onclick/i],
    ["an iframe", '<iframe src="https://evil.example"></iframe>', /<iframe/i],
    ["an object", '<object data="https://evil.example/x.swf"></object>', /<object/i],
    ["an embed", '<embed src="https://evil.example/x.swf">', /<embed/i],
    ["a form", '<form action="https://evil.example"><input name="password"><button>Log in</button></form>', /<form|<input|<button/i],
    ["a base", '<base href="https://evil.example/">', /<base/i],
    ["an SVG with a script", "<svg><script>alert(1)</script></svg>", /<svg|<script/i],
    ["an SVG onload", '<svg onload="alert(1)"></svg>', /<svg|onload/i],
    ["a meta refresh", '<meta http-equiv="refresh" content="0;url=javascript:alert(1)">', /<meta|javascript/i],
    ["a javascript: link", "[Read more](javascript:alert(1))", /javascript:/i],
    ["a javascript: link in other case and with entities", "[Read more](JaVaScRiPt&#58;alert(1))", /javascript|alert/i],
    ["a javascript: link with a tab in the scheme", "[Read more](<java\tscript:alert(1)>)", /script:/i],
    ["a vbscript: link", "[Read more](vbscript:msgbox(1))", /vbscript/i],
    ["a data: link", "[Read more](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)", /data:/i],
    ["a data: image", "![x](data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+)", /data:/i],
    ["a javascript: image", "![x](javascript:alert(1))", /javascript/i],
    ["a javascript: link by reference", "[Read more][x]\n\n[x]: javascript:alert(1)", /javascript/i],
    ["a javascript: link written as HTML", '<a href="javascript:alert(1)">Read more</a>', /javascript:/i],
    ["an HTML comment", "<!-- <script>alert(1)</script> -->", /<!--|<script/i],
  ])("does not let %s through", (_, markdown, markup) => {
    const html = allHtml(`Before.\n\n${markdown}\n\nAfter.\n`);

    expect(html).not.toMatch(markup);
    expect(html).toContain("<p>Before.</p>");
    expect(html).toContain("<p>After.</p>");
  });
});

describe("renderBody links", () => {
  it("keeps links to other sites from reaching back into the page or learning where the reader came from", () => {
    expect(allHtml("[a report](https://www.afintl.com/en) and [a mail](mailto:desk@example.org)")).toBe(
      '<p><a href="https://www.afintl.com/en" rel="noopener noreferrer">a report</a> and <a href="mailto:desk@example.org">a mail</a></p>\n',
    );
  });

  it("treats a link that starts with // as the other site browsers read it as", () => {
    expect(allHtml("[a mirror](//mirror.example.org/page)")).toBe('<p><a href="//mirror.example.org/page" rel="noopener noreferrer">a mirror</a></p>\n');
  });

  it("leaves links within the site as they are", () => {
    expect(allHtml("[the story](/articles/a-story/) and [below](#reaction)")).toBe(
      '<p><a href="/articles/a-story/">the story</a> and <a href="#reaction">below</a></p>\n',
    );
  });

  it("leaves out an image whose address was refused, rather than an image with none", () => {
    expect(allHtml("Before ![x](javascript:alert(1)) after")).toBe("<p>Before  after</p>\n");
  });

  it("writes a second # in a link as %23, since no address can hold two", () => {
    expect(allHtml("[a](/articles/a/#one#two)")).toBe('<p><a href="/articles/a/#one%23two">a</a></p>\n');
  });

  it("keeps images from https and from the site, with their alt text", () => {
    expect(allHtml("![A street](https://images.example.com/a.jpg) ![A map](/images/map.png)")).toBe(
      '<p><img src="https://images.example.com/a.jpg" alt="A street"> <img src="/images/map.png" alt="A map"></p>\n',
    );
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
