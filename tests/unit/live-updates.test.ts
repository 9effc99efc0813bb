// A live story's fields as an editor writes them: every mistake named by file, line and field,
// with what to write instead; and the story readers get from fields that are right.
import { describe, expect, it } from "vitest";
import { assembleArticle } from "@/lib/content/article";
import { checkArticleFile } from "@/lib/content/article-file";
import { sortProblems } from "@/lib/content/problems";
import { articleTemplate } from "@/lib/content/template";
import { articleFile, BODY, inFile, lineOf, tempSite } from "./helpers";

const FILE = "content/articles/border-live.md";

const HEAD = `title: Torkham crossing closes
standfirst: Traders wait on both sides of the border.
publishedAt: 2026-12-02T08:00:00+04:30
section: Afghanistan
live:
  summary: |
    - The crossing closed at 08:00.
`;

const update = (id: string, at: string, text = "Guards closed the gate.") => `  - id: ${id}\n    at: ${at}\n    text: ${text}\n`;

const fileText = (yaml: string) => `---\n${yaml}---\n\n${BODY}`;
const check = (yaml: string) => checkArticleFile(FILE, "border-live.md", new TextEncoder().encode(fileText(yaml)));

describe("a live story's mistakes", () => {
  it("an update's time without its offset: said where, and how to write it", () => {
    const yaml = `${HEAD}updates:\n${update("gate-closes", "2026-12-02T09:30")}`;

    expect(check(yaml).problems).toEqual([
      {
        file: FILE,
        line: lineOf(fileText(yaml), "at:"),
        field: "updates[0].at",
        message:
          'has no offset: write the newsroom\'s offset after the time, like 2026-12-02T09:30+04:30 (Kabul is +04:30), so the time means the same everywhere; found "2026-12-02T09:30"',
      },
    ]);
  });

  it("an update given a day but no time", () => {
    const yaml = `${HEAD}updates:\n${update("gate-closes", "2026-12-02")}`;

    expect(check(yaml).problems).toEqual([
      expect.objectContaining({ field: "updates[0].at", message: expect.stringContaining("needs the time as well as the day, with its offset, like 2026-12-02T09:30:00+04:30") }),
    ]);
  });

  it("an update dated before the story was published", () => {
    const yaml = `${HEAD}updates:\n${update("gate-closes", "2026-12-02T09:30:00+04:30")}${update("earlier", "2026-12-02T07:59:00+04:30")}`;
    const text = fileText(yaml);

    expect(check(yaml).problems).toEqual([
      {
        file: FILE,
        line: text.split("\n").findIndex((line) => line.includes("07:59")) + 1,
        field: "updates[1].at",
        message: "is 2026-12-02T07:59:00+04:30, before publishedAt (2026-12-02T08:00:00+04:30): an update comes after the story is published",
      },
    ]);
  });

  it("two updates with one id: the second is named, with the first it repeats", () => {
    const yaml = `${HEAD}updates:\n${update("gate-closes", "2026-12-02T09:30:00+04:30")}${update("gate-closes", "2026-12-02T10:15:00+04:30")}`;
    const text = fileText(yaml);

    expect(check(yaml).problems).toEqual([
      {
        file: FILE,
        line: text.split("\n").lastIndexOf("  - id: gate-closes") + 1,
        field: "updates[1].id",
        message: '"gate-closes" is also the id of updates[0]: each update needs its own, as it is the end of its link (#update-gate-closes); change this one',
      },
    ]);
  });

  it("an id that cannot be the end of a link", () => {
    const yaml = `${HEAD}updates:\n${update("Gate Closes", "2026-12-02T09:30:00+04:30")}`;

    expect(check(yaml).problems).toEqual([
      expect.objectContaining({ field: "updates[0].id", message: expect.stringMatching(/^expected lowercase letters, digits and single hyphens.*#update-<id>; found "Gate Closes"$/) }),
    ]);
  });

  it("updates on a story that is not live", () => {
    const yaml = `${HEAD.replace(/live:\n.*\n.*\n/s, "")}updates:\n${update("gate-closes", "2026-12-02T09:30:00+04:30")}`;
    const text = fileText(yaml);

    expect(check(yaml).problems).toEqual([
      {
        file: FILE,
        line: lineOf(text, "updates:"),
        field: "updates",
        message: "updates are for a live story: add live: with a summary: of what is known (see Live coverage in docs/editors-guide.md)",
      },
    ]);
  });

  it("an update after the coverage ended", () => {
    const yaml = `${HEAD}  ended: 2026-12-02T10:00:00+04:30\nupdates:\n${update("gate-closes", "2026-12-02T10:30:00+04:30")}`;

    expect(check(yaml).problems).toEqual([
      expect.objectContaining({
        field: "updates[0].at",
        message: "is 2026-12-02T10:30:00+04:30, after live.ended (2026-12-02T10:00:00+04:30): move ended: to after the last update, or check this update's time",
      }),
    ]);
  });

  it("an update with a subheading, and one with no text", () => {
    const yaml = `${HEAD}updates:\n${update("gate-closes", "2026-12-02T09:30:00+04:30", "|\n      ## Closed\n      Guards closed the gate.")}  - id: empty\n    at: 2026-12-02T09:40:00+04:30\n`;

    expect(sortProblems(check(yaml).problems)).toEqual([
      expect.objectContaining({ field: "updates[0].text", message: "has a '## ' subheading: an update has none; put its title in headline:" }),
      expect.objectContaining({ field: "updates[1].text", message: "is required: add what happened" }),
    ]);
  });

  it("an update whose link a body subheading also takes", () => {
    const yaml = `${HEAD}updates:\n${update("gate-closes", "2026-12-02T09:30:00+04:30")}`;
    const text = `---\n${yaml}---\n\n${BODY}\n## Update: gate closes\n\nMore.\n`;
    const checked = checkArticleFile(FILE, "border-live.md", new TextEncoder().encode(text));

    expect(checked.problems).toEqual([
      {
        file: FILE,
        line: lineOf(text, "- id: gate-closes"),
        field: "updates[0].id",
        message: 'its link, #update-gate-closes, is also the body\'s subheading "Update: gate closes": reword the subheading, or, if the update is not yet published, change its id',
      },
    ]);
    expect(checked.article).toBeUndefined();
  });

  it("a misspelt field of an update", () => {
    const yaml = `${HEAD}updates:\n${update("gate-closes", "2026-12-02T09:30:00+04:30")}    headlin: Gate closes\n`;

    expect(check(yaml).problems).toEqual([expect.objectContaining({ field: "updates[0].headlin", message: 'unknown field: did you mean "headline"?' })]);
  });
});

describe("a live story readers get", () => {
  const yaml = `${HEAD}updates:\n${update("gate-closes", "2026-12-02T09:30:00+04:30", "Guards closed the *gate*.")}${update("traders-wait", "2026-12-02T11:05:00+04:30")}${update("queue", "2026-12-02T10:00:00+04:30")}`;

  it("has its updates newest first, their markdown as HTML, and was last modified at the newest", () => {
    const checked = check(yaml);
    expect(checked.problems).toEqual([]);
    const article = assembleArticle(checked.article!, Date.parse("2026-12-03"), "Asia/Kabul");

    expect(article.live?.updates.map((entry) => entry.id)).toEqual(["traders-wait", "queue", "gate-closes"]);
    expect(article.live?.updates[2].text).toBe("<p>Guards closed the <em>gate</em>.</p>\n");
    expect(article.live?.summary).toBe("<ul>\n<li>The crossing closed at 08:00.</li>\n</ul>\n");
    expect(article.modifiedAt).toBe("2026-12-02T11:05:00+04:30");
  });
});

describe("the template (npm run new)", () => {
  it("holds a live story's lines that, uncommented, make a live story with one update", () => {
    const template = articleTemplate("Torkham crossing closes", "2026-12-02");
    const lines = template.split("\n");
    const start = lines.indexOf("# live:  # a live page: a summary at the top, then updates newest first (see Live coverage in the guide)");
    const end = lines.findIndex((line, index) => index > start && !line.startsWith("#"));
    const uncommented = [...lines.slice(0, start), ...lines.slice(start, end).map((line) => line.replace(/^# /, "")), ...lines.slice(end)].join("\n");
    const checked = checkArticleFile(FILE, "border-live.md", new TextEncoder().encode(uncommented));

    expect(checked.problems.filter((problem) => problem.severity !== "warning")).toEqual([]);
    expect(checked.article?.frontmatter.updates.map((entry) => entry.id)).toEqual(["first-update"]);
    expect(checked.article?.frontmatter.live?.ended).toBe("2026-12-02T18:00:00+04:30");
  });
});

describe("an update's photo", () => {
  it("is a file in public/ the check looks for, as it does the story's, and says so on the update's src line", () => {
    const text = articleFile(
      `${HEAD}updates:\n  - id: gate-closes\n    at: 2026-12-02T09:30:00+04:30\n    image:\n      src: /images/gate.jpg\n      alt: The closed gate\n    text: Guards closed the gate.\n  - id: queue\n    at: 2026-12-02T10:30:00+04:30\n    image:\n      src: /images/queue.jpg\n      alt: Lorries in a queue\n    text: Lorries wait.\n`,
    );
    const site = tempSite({ "border-live.md": text });
    site.writePublic("images/queue.jpg");

    expect(site.problems()).toEqual([
      { file: inFile("border-live.md"), line: lineOf(text, "src: /images/gate.jpg"), field: "updates[0].image.src", message: "no file public/images/gate.jpg: add the image there, or correct the path" },
    ]);
  });

  const withPhoto = (src: string) =>
    articleFile(`${HEAD}updates:\n  - id: gate-closes\n    at: 2026-12-02T09:30:00+04:30\n    image:\n      src: ${src}\n      alt: The closed gate\n    text: Guards closed the gate.\n`);

  it("must have a web-safe name, as the story's must, told on the update's src line", () => {
    const text = withPhoto("/images/Gate photo.jpg");
    const site = tempSite({ "border-live.md": text });
    site.writePublic("images/Gate photo.jpg");

    expect(site.problems()).toEqual([
      expect.objectContaining({ line: lineOf(text, "src:"), field: "updates[0].image.src", message: expect.stringMatching(/rename the file to public\/images\/gate-photo\.jpg/) }),
    ]);
  });
});
