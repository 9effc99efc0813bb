// What `npm run publish -- --undo` does to the story files: back as the earlier publication had
// them, a story it did not have made a draft (never deleted), and a file changed since left alone.
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { asDraft, restoreContent } from "@/scripts/publish/restore-content";
import { tempSite } from "./helpers";

/** A content folder whose articles/ holds a <slug>.md for each of `stories`. */
const contentFolder = (stories: Record<string, string>): string =>
  tempSite(Object.fromEntries(Object.entries(stories).map(([slug, text]) => [`${slug}.md`, text]))).contentDir;

const story = (title: string, extra = "") => `---\ntitle: ${title}\n${extra}---\n\nBody.\n`;

describe("undoing a publication's story files", () => {
  it("puts back the earlier text, makes a story new in the undone publication a draft, and leaves a file changed since alone", () => {
    const back = contentFolder({ fixed: story("Monday"), gone: story("Gone") });
    const undone = contentFolder({ fixed: story("Tuesday"), fresh: story("Fresh"), edited: story("Edited") });
    const content = contentFolder({ fixed: story("Tuesday"), fresh: story("Fresh"), edited: story("Edited again") });

    expect(restoreContent(content, undone, back, ["fresh", "fixed", "gone", "edited"])).toEqual({
      restored: ["fixed", "gone"],
      drafted: ["fresh"],
      leftAlone: ["edited"],
    });
    const read = (slug: string) => fs.readFileSync(path.join(content, "articles", `${slug}.md`), "utf8");
    expect(read("fixed")).toBe(story("Monday"));
    expect(read("gone")).toBe(story("Gone"));
    expect(read("fresh")).toBe(story("Fresh", "draft: true\n"));
    expect(read("edited")).toBe(story("Edited again"));
  });

  it("makes a story a draft whatever its draft line said", () => {
    expect(asDraft(story("A", "draft: false\n"))).toBe(story("A", "draft: true\n"));
  });
});
