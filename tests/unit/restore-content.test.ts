// What `npm run publish -- --undo` does to the content files: back as the earlier publication had
// them, a story it did not have made a draft (never deleted), a file changed since left alone, and
// an undo of an undo puts back what the first undo made a draft.
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { changedFiles } from "@/scripts/publish/publications";
import { asDraft, isStory, restoreContent } from "@/scripts/publish/restore-content";
import { tempSite } from "./helpers";

/** A content folder holding `files` (path relative to it -> text). */
function contentFolder(files: Record<string, string>): string {
  const { contentDir } = tempSite();
  for (const [file, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(contentDir, file)), { recursive: true });
    fs.writeFileSync(path.join(contentDir, file), text);
  }
  return contentDir;
}

const story = (title: string, extra = "") => `---\ntitle: ${title}\n${extra}---\n\nBody.\n`;
const read = (contentDir: string, file: string) => fs.readFileSync(path.join(contentDir, file), "utf8");

describe("undoing a publication's content files", () => {
  it("puts back the earlier text, makes a story new in the undone publication a draft, and leaves a file changed since alone", () => {
    const back = contentFolder({ "articles/fixed.md": story("Monday"), "articles/gone.md": story("Gone") });
    const undone = contentFolder({ "articles/fixed.md": story("Tuesday"), "articles/fresh.md": story("Fresh"), "articles/edited.md": story("Edited") });
    const content = contentFolder({ "articles/fixed.md": story("Tuesday"), "articles/fresh.md": story("Fresh"), "articles/edited.md": story("Edited again") });

    expect(restoreContent(content, undone, back, ["articles/fresh.md", "articles/fixed.md", "articles/gone.md", "articles/edited.md"])).toEqual({
      restored: ["articles/fixed.md", "articles/gone.md"],
      drafted: ["articles/fresh.md"],
      kept: [],
      leftAlone: ["articles/edited.md"],
    });
    expect(read(content, "articles/fixed.md")).toBe(story("Monday"));
    expect(read(content, "articles/gone.md")).toBe(story("Gone"));
    expect(read(content, "articles/fresh.md")).toBe(story("Fresh", "draft: true\n"));
    expect(read(content, "articles/edited.md")).toBe(story("Edited again"));
  });

  it("makes a story a draft whatever its draft line said", () => {
    expect(asDraft(story("A", "draft: false\n"))).toBe(story("A", "draft: true\n"));
  });

  it("puts back the reporters' files, the newsroom's pages and the settings, and keeps a page the earlier publication did not have", () => {
    const back = contentFolder({ "site.yml": "tagline: Old\n", "authors/daud.md": "role: Reporter\n", "pages/about.md": "Us.\n", "articles/same.md": story("Same") });
    const undone = contentFolder({ "site.yml": "tagline: New\n", "authors/daud.md": "role: Editor\n", "pages/about.md": "Us.\n", "pages/faq.md": "FAQ\n", "articles/same.md": story("Draft edited") });
    const content = contentFolder({ "site.yml": "tagline: New\n", "authors/daud.md": "role: Editor\n", "pages/about.md": "Us.\n", "pages/faq.md": "FAQ\n" });
    // Story files go by their stories' changes, not by their bytes: a draft being written is not undone.
    const files = changedFiles(undone, back).filter((file) => !isStory(file));
    expect(files).toEqual(["authors/daud.md", "pages/faq.md", "site.yml"]);
    expect(restoreContent(content, undone, back, files)).toEqual({ restored: ["authors/daud.md", "site.yml"], drafted: [], kept: ["pages/faq.md"], leftAlone: [] });
    expect(read(content, "site.yml")).toBe("tagline: Old\n");
    expect(read(content, "authors/daud.md")).toBe("role: Reporter\n");
    expect(read(content, "pages/faq.md")).toBe("FAQ\n");
  });
});

describe("undoing an undo", () => {
  it("puts back a story the first undo made a draft, since it is as that undo left it", () => {
    const published = story("Fresh");
    // The first undo went back to a publication without the story, and made it a draft.
    const first = contentFolder({ "articles/fresh.md": published });
    const before = contentFolder({});
    const content = contentFolder({ "articles/fresh.md": published });
    expect(restoreContent(content, first, before, ["articles/fresh.md"])).toEqual({ restored: [], drafted: ["articles/fresh.md"], kept: [], leftAlone: [] });
    // The second undo goes back to the publication that had it.
    expect(restoreContent(content, before, first, ["articles/fresh.md"])).toEqual({ restored: ["articles/fresh.md"], drafted: [], kept: [], leftAlone: [] });
    expect(read(content, "articles/fresh.md")).toBe(published);
  });
});
