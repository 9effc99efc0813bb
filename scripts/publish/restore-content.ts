// `npm run publish -- --undo` puts the content files back as they were at the publication it goes
// back to, so that the next publication does not put the undone changes straight back: the story
// files whose stories the undone publication changed, and every other file of the content (the
// reporters', the newsroom's pages, site.yml) that differs between the two. A file is touched only
// while it is as the undone publication left it (or as an earlier undo made it a draft): a file an
// editor has changed since is left as it is, and said so. A story the earlier publication did not
// have at all becomes a draft rather than being deleted; any other file it did not have stays.
import fs from "node:fs";
import path from "node:path";

export interface Restored {
  /** Files put back as the earlier publication had them (relative to the content folder, as all of these). */
  restored: string[];
  /** Stories the earlier publication did not have, now drafts. */
  drafted: string[];
  /** Files the earlier publication did not have, which cannot be drafts (a reporter's, a page): left in place. */
  kept: string[];
  /** Files changed since the undone publication: left as they are. */
  leftAlone: string[];
}

const read = (file: string) => (fs.existsSync(file) ? fs.readFileSync(file, "utf8") : undefined);

/** The file of story `slug`, relative to the content folder. */
export const storyPath = (slug: string) => `articles/${slug}.md`;

/** Whether `file` (relative to the content folder) is a story's: those go by their stories' changes, not their bytes, so a draft being written is not undone. */
export const isStory = (file: string) => file.startsWith("articles/");

/** A story file made a draft: `draft: true` in its frontmatter, whatever it said before. */
export function asDraft(text: string): string {
  const end = text.indexOf("\n---", 3);
  if (!text.startsWith("---") || end < 0) return text;
  const frontmatter = text.slice(0, end).replace(/^draft:.*\n?/m, "");
  return `${frontmatter.replace(/\n?$/, "\n")}draft: true${text.slice(end)}`;
}

/** Puts back, in `contentDir`, the `files` (relative) as the `back` publication's content has them, where they are as the `undone` one left them. */
export function restoreContent(contentDir: string, undone: string, back: string, files: readonly string[]): Restored {
  const result: Restored = { restored: [], drafted: [], kept: [], leftAlone: [] };
  for (const file of files) {
    const current = read(path.join(contentDir, file));
    const then = read(path.join(back, file));
    const left = read(path.join(undone, file));
    // An undo of an undo finds a story the first undo made a draft, not the file it undid.
    const asUndoLeftIt = current === left || (left === undefined && then !== undefined && isStory(file) && current === asDraft(then));
    if (!asUndoLeftIt) {
      result.leftAlone.push(file);
    } else if (then !== undefined) {
      fs.mkdirSync(path.dirname(path.join(contentDir, file)), { recursive: true });
      fs.writeFileSync(path.join(contentDir, file), then);
      result.restored.push(file);
    } else if (current !== undefined && isStory(file)) {
      fs.writeFileSync(path.join(contentDir, file), asDraft(current));
      result.drafted.push(file);
    } else if (current !== undefined) {
      result.kept.push(file);
    }
  }
  return result;
}
