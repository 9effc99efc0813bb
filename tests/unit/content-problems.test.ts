// What an editor sees when an article is wrong: one ContentError naming the file, the line, the
// field, what was expected and what was written.
import path from "node:path";
import { describe, expect, it } from "vitest";
import { ContentError } from "@/lib/content/problems";
import { articleFile, BODY, inFile, lineOf, REQUIRED_FIELDS, tempSite } from "./helpers";

describe("a missing required field", () => {
  it.each([
    ["title", "the headline"],
    ["standfirst", "a one-paragraph summary"],
    ["publishedAt", "a date like 2025-12-25"],
    ["section", "a section name"],
  ])("names %s and says what to add", (field, what) => {
    const site = tempSite({ "x.md": articleFile({ ...REQUIRED_FIELDS, [field]: undefined }) });

    expect(site.problems()).toEqual([
      { file: inFile("x.md"), line: undefined, field, message: expect.stringContaining(`is required: add ${what}`) },
    ]);
  });
});

describe("an unknown field", () => {
  it("suggests the field the editor probably meant", () => {
    const text = articleFile("title: Headline\nstandfirst: Summary.\npublishdAt: 2025-12-25\nsection: Afghanistan\n");
    const site = tempSite({ "x.md": text });

    const problems = site.problems();
    expect(problems).toContainEqual({
      file: inFile("x.md"),
      line: lineOf(text, "publishdAt:"),
      field: "publishdAt",
      message: 'unknown field: did you mean "publishedAt"?',
    });
    // The real field is then missing too, and the editor is told so in the same pass.
    expect(problems).toContainEqual(expect.objectContaining({ field: "publishedAt", message: expect.stringContaining("is required") }));
    expect(problems).toHaveLength(2);
  });

  it("suggests a field inside a related event, and points at its line", () => {
    const text = articleFile(
      [
        "title: Headline",
        "standfirst: Summary.",
        "publishedAt: 2025-12-25",
        "section: Afghanistan",
        "relatedEvents:",
        "  - date: 2025-12-24",
        "    tittle: Sari is shot dead",
        "",
      ].join("\n"),
    );
    const site = tempSite({ "x.md": text });

    expect(site.problems()).toContainEqual({
      file: inFile("x.md"),
      line: lineOf(text, "tittle:"),
      field: "relatedEvents[0].tittle",
      message: 'unknown field: did you mean "title"?',
    });
  });

  it("lists the allowed fields when nothing is close", () => {
    const site = tempSite({ "x.md": articleFile({ ...REQUIRED_FIELDS, photographer: "Someone" }) });

    expect(site.problems()).toEqual([
      expect.objectContaining({ field: "photographer", message: expect.stringMatching(/unknown field: remove it, or use one of title, standfirst, publishedAt/) }),
    ]);
  });
});

describe("a publication date that is not a date", () => {
  it.each([
    ["a day-first date", "25/12/2025"],
    ["a day that does not exist", "2025-02-30"],
    ["a date-time without its offset", "2025-12-25T09:30:00"],
  ])("rejects %s (%s) and shows what was written", (_, written) => {
    const text = articleFile({ ...REQUIRED_FIELDS, publishedAt: written });
    const site = tempSite({ "x.md": text });

    expect(site.problems()).toEqual([
      {
        file: inFile("x.md"),
        line: lineOf(text, "publishedAt:"),
        field: "publishedAt",
        message: expect.stringMatching(new RegExp(`^expected a real date like 2025-12-25.*; found "${written}"$`)),
      },
    ]);
  });
});

describe("a file name that is not a slug", () => {
  it("suggests renaming the file", () => {
    const site = tempSite({ "Sari_Killed_In_Tehran.md": articleFile(REQUIRED_FIELDS) });

    expect(site.problems()).toEqual([
      {
        file: inFile("Sari_Killed_In_Tehran.md"),
        message: expect.stringContaining('the slug "Sari_Killed_In_Tehran" must be lowercase letters, digits and single hyphens: rename it to sari-killed-in-tehran.md'),
      },
    ]);
  });
});

describe("an image", () => {
  it("without alt text is reported at the image", () => {
    const text = articleFile({ ...REQUIRED_FIELDS, image: { src: "/images/sari.jpg" } });
    const site = tempSite({ "x.md": text });
    site.writePublic("images/sari.jpg");

    expect(site.problems()).toEqual([
      {
        file: inFile("x.md"),
        line: lineOf(text, "image:"),
        field: "image.alt",
        message: expect.stringContaining("is required: add alt text"),
      },
    ]);
  });

  it("whose file is not in public/ is reported with the path looked for", () => {
    const text = articleFile({ ...REQUIRED_FIELDS, image: { src: "/images/missing.jpg", alt: "A street in Tehran" } });
    const site = tempSite({ "x.md": text });
    site.writePublic("images/other.jpg");

    expect(site.problems()).toEqual([
      {
        file: inFile("x.md"),
        line: lineOf(text, "src:"),
        field: "image.src",
        message: expect.stringContaining("no file public/images/missing.jpg"),
      },
    ]);
  });

  it("that names a folder in public/ is reported as missing", () => {
    const text = articleFile({ ...REQUIRED_FIELDS, image: { src: "/images", alt: "A street in Tehran" } });
    const site = tempSite({ "x.md": text });
    site.writePublic("images/other.jpg");

    expect(site.problems()).toEqual([
      { file: inFile("x.md"), line: lineOf(text, "src:"), field: "image.src", message: expect.stringContaining("no file public/images") },
    ]);
  });

  it("that is not an image file is reported with the kinds of file that work", () => {
    const text = articleFile({ ...REQUIRED_FIELDS, image: { src: "/images/caption.txt", alt: "A street in Tehran" } });
    const site = tempSite({ "x.md": text });
    site.writePublic("images/caption.txt");

    expect(site.problems()).toEqual([
      {
        file: inFile("x.md"),
        line: lineOf(text, "src:"),
        field: "image.src",
        message: "public/images/caption.txt is not an image: use a .jpg, .jpeg, .png, .webp, .avif or .gif file",
      },
      // public/ itself may not hold it either.
      expect.objectContaining({ file: expect.stringMatching(/public\/images\/caption\.txt$/) }),
    ]);
  });

  it("is found in public/ when it is there", () => {
    const site = tempSite({ "x.md": articleFile({ ...REQUIRED_FIELDS, image: { src: "/images/sari.jpg", alt: "Ikramuddin Sari" } }) });
    site.writePublic("images/sari.jpg");

    expect(site.load()[0].image).toEqual({ src: "/images/sari.jpg", alt: "Ikramuddin Sari" });
  });

  it("whose path has a % in it is a content problem, not a crash", () => {
    const site = tempSite({ "x.md": articleFile({ ...REQUIRED_FIELDS, image: { src: "/images/100%.jpg", alt: "A chart" } }) });

    expect(site.problems()).toEqual([expect.objectContaining({ field: "image.src" })]);
  });
});

describe("a related event", () => {
  it("pointing at an article that does not exist suggests the closest one", () => {
    const text = articleFile({
      ...REQUIRED_FIELDS,
      relatedEvents: [{ date: "2025-09-13", title: "Ghulami is shot dead", article: "first-killng" }],
    });
    const site = tempSite({ "first-killing.md": articleFile(REQUIRED_FIELDS), "second-killing.md": text });

    expect(site.problems()).toEqual([
      {
        file: inFile("second-killing.md"),
        line: lineOf(text, "article:"),
        field: "relatedEvents[0].article",
        message: 'no article "first-killng" in content/articles/: did you mean "first-killing"?',
      },
    ]);
  });

  it("with a month that does not exist is reported at its date", () => {
    const text = articleFile({ ...REQUIRED_FIELDS, relatedEvents: [{ date: "2025-13", title: "Arrests" }] });
    const site = tempSite({ "x.md": text });

    expect(site.problems()).toEqual([
      {
        file: inFile("x.md"),
        line: lineOf(text, "- date:"),
        field: "relatedEvents[0].date",
        message: 'expected a real date written 2023, 2025-09 or 2025-09-13; found "2025-13"',
      },
    ]);
  });
});

describe("a link that is not https", () => {
  it("in source.url", () => {
    const text = articleFile({ ...REQUIRED_FIELDS, source: { name: "Afghanistan International", url: "http://www.afintl.com/en" } });
    const site = tempSite({ "x.md": text });

    expect(site.problems()).toEqual([
      {
        file: inFile("x.md"),
        line: lineOf(text, "url:"),
        field: "source.url",
        message: expect.stringMatching(/^expected an absolute https:\/\/ link.*; found "http:\/\/www\.afintl\.com\/en"$/),
      },
    ]);
  });

  it("in relatedEvents[].url", () => {
    const text = articleFile({
      ...REQUIRED_FIELDS,
      relatedEvents: [{ date: "2021-08-15", title: "Kabul falls" }, { date: "2025-09-13", title: "Ghulami is shot dead", url: "http://example.com/ghulami" }],
    });
    const site = tempSite({ "x.md": text });

    expect(site.problems()).toEqual([
      {
        file: inFile("x.md"),
        line: lineOf(text, "url:"),
        field: "relatedEvents[1].url",
        message: expect.stringMatching(/^expected an absolute https:\/\/ link.*; found "http:\/\/example\.com\/ghulami"$/),
      },
    ]);
  });
});

describe("other field mistakes", () => {
  it("an update dated before publication", () => {
    const text = articleFile({ ...REQUIRED_FIELDS, publishedAt: "2025-12-25", updatedAt: "2025-12-24" });
    const site = tempSite({ "x.md": text });

    expect(site.problems()).toEqual([
      {
        file: inFile("x.md"),
        line: lineOf(text, "updatedAt:"),
        field: "updatedAt",
        message: "is 2025-12-24, before publishedAt (2025-12-25): an update cannot come before publication",
      },
    ]);
  });

  it("a language written with an underscore", () => {
    const text = articleFile({ ...REQUIRED_FIELDS, language: "fa_AF" });
    const site = tempSite({ "x.md": text });

    expect(site.problems()).toEqual([
      {
        file: inFile("x.md"),
        line: lineOf(text, "language:"),
        field: "language",
        message: expect.stringMatching(/^expected a BCP 47 language tag like en, fa-AF or ps; found "fa_AF"$/),
      },
    ]);
  });

  it("a language written as its English name", () => {
    const site = tempSite({ "x.md": articleFile({ ...REQUIRED_FIELDS, language: "English" }) });

    expect(site.problems()).toEqual([expect.objectContaining({ field: "language", message: expect.stringContaining('found "English"') })]);
  });

  it("draft: yes instead of true or false", () => {
    const text = articleFile("title: Headline\nstandfirst: Summary.\npublishedAt: 2025-12-25\nsection: Afghanistan\ndraft: yes\n");
    const site = tempSite({ "x.md": text });

    expect(site.problems()).toEqual([
      { file: inFile("x.md"), line: lineOf(text, "draft:"), field: "draft", message: 'expected true or false; found "yes"' },
    ]);
  });
});

describe("the body", () => {
  it("with a '# ' heading is reported at the heading's line in the file", () => {
    const text = articleFile(REQUIRED_FIELDS, `${BODY}\n# A second headline\n\nMore text.\n`);
    const site = tempSite({ "x.md": text });

    expect(site.problems()).toEqual([
      {
        file: inFile("x.md"),
        line: lineOf(text, "# A second headline"),
        field: "body",
        message: expect.stringContaining("a '# ' heading would be a second headline: use '## '"),
      },
    ]);
  });

  it("that is empty", () => {
    const site = tempSite({ "x.md": articleFile(REQUIRED_FIELDS, "\n\n") });

    expect(site.problems()).toEqual([
      expect.objectContaining({ file: inFile("x.md"), field: "body", message: expect.stringContaining("the body is empty") }),
    ]);
  });
});

describe("a file that cannot be read as an article", () => {
  it("has a YAML syntax error, reported at its line", () => {
    const text = articleFile("title: Headline\nstandfirst: Summary.\npublishedAt: 2025-12-25\nsection Afghanistan\n");
    const site = tempSite({ "x.md": text });

    expect(site.problems()).toEqual([
      { file: inFile("x.md"), line: lineOf(text, "section Afghanistan"), message: expect.stringMatching(/^YAML syntax: /) },
    ]);
  });

  it("has a list where the fields should be", () => {
    const site = tempSite({ "x.md": articleFile("- title: Headline\n- section: Afghanistan\n") });

    expect(site.problems()).toEqual([
      { file: inFile("x.md"), line: 2, message: expect.stringContaining("not a list") },
    ]);
  });

  it("has no frontmatter", () => {
    const site = tempSite({ "x.md": `# Headline\n\n${BODY}` });

    expect(site.problems()).toEqual([
      { file: inFile("x.md"), line: 1, message: expect.stringMatching(/^no frontmatter: the file must start with a line of three dashes/) },
    ]);
  });

  it("has no closing --- after its fields", () => {
    const site = tempSite({ "x.md": `---\ntitle: Headline\nsection: Afghanistan\n\n${BODY}` });

    expect(site.problems()).toEqual([{ file: inFile("x.md"), line: 1, message: "no closing --- after the frontmatter fields" }]);
  });

  it("is empty", () => {
    const site = tempSite({ "x.md": "\n" });

    expect(site.problems()).toEqual([{ file: inFile("x.md"), line: 1, message: expect.stringMatching(/^the file is empty/) }]);
  });

  it("is not a .md file", () => {
    const site = tempSite({ "x.md": articleFile(REQUIRED_FIELDS), "notes.txt": "remember to add a photo" });

    expect(site.problems()).toEqual([{ file: inFile("notes.txt"), message: expect.stringMatching(/^only \.md files are articles/) }]);
  });

  it("is not UTF-8 text", () => {
    const bytes = Buffer.concat([Buffer.from(articleFile(REQUIRED_FIELDS, "Caf")), Buffer.from([0xe9, 0x0a])]);
    const site = tempSite({ "x.md": bytes });

    expect(site.problems()).toEqual([{ file: inFile("x.md"), message: expect.stringContaining("not UTF-8 text: save it as UTF-8") }]);
  });
});

describe("several mistakes in several files", () => {
  const first = articleFile(
    [
      "title: Headline",
      "standfirst: Summary.",
      "publishdAt: 2025-12-25",
      "section: Afghanistan",
      "draft: yes",
      "",
    ].join("\n"),
  );
  const second = articleFile(
    [
      "title: Headline",
      "standfirst: Summary.",
      "publishedAt: 25/12/2025",
      "section: Afghanistan",
      "relatedEvents:",
      "  - date: 2023",
      "    title: A warning",
      "  - date: 2025-13",
      "    title: Arrests",
      "",
    ].join("\n"),
  );
  const third = articleFile(REQUIRED_FIELDS, `${BODY}\n# Another headline\n`);

  it("are all reported in one error, each at its own line", () => {
    const site = tempSite({ "first.md": first, "second.md": second, "third.md": third, "notes.txt": "" });

    const problems = site.problems();
    expect(problems).toHaveLength(7);
    expect(problems).toEqual(
      expect.arrayContaining([
        { file: inFile("first.md"), line: lineOf(first, "publishdAt:"), field: "publishdAt", message: expect.stringContaining("did you mean") },
        { file: inFile("first.md"), line: undefined, field: "publishedAt", message: expect.stringContaining("is required") },
        { file: inFile("first.md"), line: lineOf(first, "draft:"), field: "draft", message: expect.stringContaining('found "yes"') },
        { file: inFile("second.md"), line: lineOf(second, "publishedAt:"), field: "publishedAt", message: expect.stringContaining('found "25/12/2025"') },
        { file: inFile("second.md"), line: lineOf(second, "- date: 2025-13"), field: "relatedEvents[1].date", message: expect.stringContaining('found "2025-13"') },
        { file: inFile("third.md"), line: lineOf(third, "# Another headline"), field: "body", message: expect.stringContaining("second headline") },
        { file: inFile("notes.txt"), message: expect.stringContaining("only .md files") },
      ]),
    );
    expect(site.errorMessage()).toMatch(/^7 content problems in 4 files:\n/);
  });

  it("are printed one per line as file:line: field: message", () => {
    const site = tempSite({ "first.md": first });

    const file = path.relative(process.cwd(), path.join(site.contentDir, "articles", "first.md"));
    const [summary, ...lines] = site.errorMessage().split("\n");
    expect(summary).toBe("3 content problems in 1 file:");
    expect(lines.sort()).toEqual(
      [
        `  ${file}:4: publishdAt: unknown field: did you mean "publishedAt"?`,
        `  ${file}:6: draft: expected true or false; found "yes"`,
        `  ${file}: publishedAt: is required: add a date like 2025-12-25 or 2025-12-25T09:30:00+03:30`,
      ].sort(),
    );
  });

  it("include a dangling article reference in a file that has another mistake", () => {
    const site = tempSite({
      "x.md": articleFile({
        ...REQUIRED_FIELDS,
        draft: "yes",
        relatedEvents: [{ date: "2025-09-13", title: "Ghulami is shot dead", article: "no-such-article" }],
      }),
    });

    expect(site.problems()).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ field: "draft" }),
        expect.objectContaining({ field: "relatedEvents[0].article" }),
      ]),
    );
  });

  it("point a dangling article reference at its line", () => {
    const text = articleFile({ ...REQUIRED_FIELDS, relatedEvents: [{ date: "2025-09-13", title: "Ghulami", article: "no-such-article" }] });
    const site = tempSite({ "x.md": text });

    expect(site.problems()).toEqual([expect.objectContaining({ field: "relatedEvents[0].article", line: lineOf(text, "article:") })]);
  });
});

it("ContentError is what the loader throws", () => {
  const site = tempSite({ "x.md": "" });

  expect(() => site.load()).toThrow(ContentError);
});
