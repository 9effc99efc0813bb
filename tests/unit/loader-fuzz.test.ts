// The loader on anything an editor (or a broken editor, or a bad paste) can put in a file: every
// input gives a valid article or problems naming the file, and nothing else is thrown. Each
// property runs many inputs; the limits in lib/ (file size, paragraph length, nesting) bound the
// work per file, and the timeout below is only generous room for that on a busy machine.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { stringify } from "yaml";
import { checkArticleFile, type CheckedFile } from "@/lib/content/article-file";
import { FIELD_NAMES } from "@/lib/content/schema";
import { articleFile, BODY, REQUIRED_FIELDS } from "./helpers";

const FILE = "content/articles/x.md";
const check = (bytes: Uint8Array) => checkArticleFile(FILE, "x.md", bytes);
const checkText = (text: string) => check(new TextEncoder().encode(text));

/** Either an article and no problems, or no article and problems that each name the file. */
function expectArticleOrProblems(result: CheckedFile): void {
  expect(result.file).toBe(FILE);
  if (result.article) {
    expect(result.problems).toEqual([]);
  } else {
    expect(result.problems.length).toBeGreaterThan(0);
    for (const problem of result.problems) {
      expect(problem.file).toBe(FILE);
      expect(typeof problem.message).toBe("string");
      expect(problem.message).not.toBe("");
    }
  }
}

const FRONT = fc.constantFrom("---\n", "---\r\n", "\uFEFF---\n", "");
const END = fc.constantFrom("\n---\n", "\n---", "\r\n---\r\n", "\n--- \n", "");
// Values YAML can hold, and some it was never meant to.
const yamlValue = fc.oneof(
  fc.anything({ maxDepth: 4, withNullPrototype: true, withBigInt: false }),
  fc.string(),
  fc.date({ noInvalidDate: true }),
  fc.constantFrom("2025-12-25", "2023", 2023, "2025-02-30", "<script>alert(1)</script>", "javascript:alert(1)", "*alias", "&anchor x"),
);
const anyField = fc.constantFrom(...Object.values(FIELD_NAMES).flat(), "__proto__", "constructor", "titel");

describe("checkArticleFile on arbitrary input", { timeout: 60_000 }, () => {
  it("handles arbitrary bytes", () => {
    fc.assert(fc.property(fc.uint8Array({ maxLength: 4096 }), (bytes) => expectArticleOrProblems(check(bytes))), { numRuns: 300 });
  });

  it("handles arbitrary bytes behind a real frontmatter opening", () => {
    fc.assert(
      fc.property(FRONT, fc.uint8Array({ maxLength: 2048 }), (front, rest) => {
        expectArticleOrProblems(check(new Uint8Array([...new TextEncoder().encode(front), ...rest])));
      }),
      { numRuns: 300 },
    );
  });

  it("handles arbitrary text as frontmatter, as YAML or not", () => {
    fc.assert(
      fc.property(FRONT, fc.string({ unit: "grapheme", maxLength: 500 }), END, fc.string({ maxLength: 500 }), (front, yaml, end, body) => {
        expectArticleOrProblems(checkText(`${front}${yaml}${end}${body}`));
      }),
      { numRuns: 300 },
    );
  });

  it("handles arbitrary YAML documents", () => {
    fc.assert(fc.property(yamlValue, (value) => expectArticleOrProblems(checkText(`---\n${stringify(value)}---\n\n${BODY}`))), { numRuns: 300 });
  });

  it("handles arbitrary frontmatter objects, known fields and not, with arbitrary values", () => {
    fc.assert(
      fc.property(fc.dictionary(anyField, yamlValue, { maxKeys: 12 }), fc.boolean(), (fields, withRequired) => {
        expectArticleOrProblems(checkText(articleFile(withRequired ? { ...REQUIRED_FIELDS, ...fields } : fields)));
      }),
      { numRuns: 300 },
    );
  });

  it("handles arbitrary values in each nested field", () => {
    const nested = fc.record({
      source: fc.dictionary(fc.constantFrom("name", "url", "other"), yamlValue),
      image: fc.dictionary(fc.constantFrom("src", "alt", "caption", "credit"), yamlValue),
      relatedEvents: fc.array(fc.dictionary(fc.constantFrom(...FIELD_NAMES.relatedEvents), yamlValue), { maxLength: 4 }),
      corrections: fc.array(fc.dictionary(fc.constantFrom("date", "text"), yamlValue), { maxLength: 3 }),
    });
    fc.assert(fc.property(nested, (fields) => expectArticleOrProblems(checkText(articleFile({ ...REQUIRED_FIELDS, ...fields })))), { numRuns: 300 });
  });

  it("handles arbitrary markdown bodies", () => {
    const markdownish = fc.array(fc.oneof(fc.string(), fc.constantFrom("#", "## ", "> ", "- ", "1. ", "```", "[", "](", ")", "*", "_", "<", "\n", "\n\n", "    ", "&#0;", "\\")), {
      maxLength: 200,
    });
    fc.assert(fc.property(markdownish, (parts) => expectArticleOrProblems(checkText(articleFile({ ...REQUIRED_FIELDS, tags: ["Iran"] }, parts.join(""))))), {
      numRuns: 300,
    });
  });
});

describe("checkArticleFile on very long and deeply nested input", { timeout: 60_000 }, () => {
  const withFrontmatter = (yaml: string, body = BODY) => checkText(`---\n${stringify(REQUIRED_FIELDS)}${yaml}\n---\n\n${body}`);

  it.each([
    ["flow lists nested 5,000 deep", `tags: ${"[".repeat(5000)}${"]".repeat(5000)}`],
    ["flow maps nested 5,000 deep", `source: ${"{a: ".repeat(5000)}1${"}".repeat(5000)}`],
    ["block lists nested 300 deep", `tags:\n${Array.from({ length: 300 }, (_, i) => `${" ".repeat(i * 2)}- `).join("\n")}x`],
  ])("reports frontmatter %s as a problem", (_, yaml) => {
    expectArticleOrProblems(withFrontmatter(yaml));
  });

  it("stops YAML aliases that expand exponentially (the 'billion laughs'), with a message an editor understands", () => {
    const names = "abcdefghij";
    const laughs = [`a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]`];
    for (let i = 1; i < names.length; i++) laughs.push(`${names[i]}: &${names[i]} [${Array(9).fill(`*${names[i - 1]}`).join(", ")}]`);

    expect(withFrontmatter(laughs.join("\n")).problems).toEqual([
      { file: FILE, line: 2, message: "YAML: the frontmatter's aliases (*name) expand too far: write the values out in full" },
    ]);
  });

  it("stops a YAML alias that holds itself, at its line, rather than going round it for ever", () => {
    expect(withFrontmatter("tags: [Iran]\nodd: &x [*x]").problems).toEqual([
      { file: FILE, line: 7, message: "YAML: an alias (*name) stands for the list or field that holds it, so it never ends: write the values out in full" },
    ]);
  });

  it.each([
    ["quotes", "> ".repeat(5000) + "x"],
    ["quotes, more than the parser can recurse", "> ".repeat(9000) + "x"],
    ["lists", Array.from({ length: 40 }, (_, i) => `${" ".repeat(i * 2)}- item`).join("\n")],
  ])("reports %s nested too deep in the body, at the body", (_, body) => {
    expect(withFrontmatter("tags: [Iran]", body).problems).toEqual([
      { file: FILE, line: 8, field: "body", message: "quotes or lists nested too deeply inside each other: was something pasted in by mistake?" },
    ]);
  });

  it.each([
    ["unclosed links", "[a](".repeat(50_000)],
    ["one enormous line", "x".repeat(900_000)],
    ["emphasis markers", "*a ".repeat(50_000)],
  ])("reports a paragraph of %s as too long to be real, at its line", (_, paragraph) => {
    const { problems } = withFrontmatter("tags: [Iran]", `A real first paragraph.\n\n${paragraph}\n`);

    expect(problems).toEqual([{ file: FILE, line: 11, field: "body", message: expect.stringMatching(/^a paragraph of \d+ characters, over the 20000/) }]);
  });

  it("accepts a long article of ordinary paragraphs", () => {
    const paragraph = "The commander was shot dead near his home in southern Tehran, witnesses said. ".repeat(200);
    expectArticleOrProblems(withFrontmatter("tags: [Iran]", Array(40).fill(paragraph).join("\n\n")));
    expect(withFrontmatter("tags: [Iran]", Array(40).fill(paragraph).join("\n\n")).article?.sections[0].html).toContain("<p>The commander");
  });

  it("checks thousands of tags in one pass, reporting each repeat", () => {
    const tags = Array.from({ length: 20_000 }, (_, i) => `tag ${i % 10_000}`);
    const { problems } = withFrontmatter(`tags: [${tags.join(", ")}]`);

    expect(problems).toHaveLength(10_000);
    expect(problems[0]).toMatchObject({ field: "tags[10000]", message: expect.stringContaining('"tag 0" repeats tags[0] ("tag 0"): remove one') });
  });
});
