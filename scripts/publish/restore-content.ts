// `npm run publish -- --undo` puts the content files back as they were at the publication it goes
// back to, so that the next publication does not put the undone changes straight back. Only the
// story files the undone publication changed are touched, and only while they are as it left
// them: a file an editor has changed since is left as it is, and said so. A story the earlier
// publication did not have at all becomes a draft rather than being deleted.
import fs from "node:fs";
import path from "node:path";

export interface Restored {
  /** Slugs put back as the earlier publication had them. */
  restored: string[];
  /** Slugs the earlier publication did not have, now drafts. */
  drafted: string[];
  /** Slugs changed since the undone publication: left as they are. */
  leftAlone: string[];
}

const read = (file: string) => (fs.existsSync(file) ? fs.readFileSync(file, "utf8") : undefined);

/** A story file made a draft: `draft: true` in its frontmatter, whatever it said before. */
export function asDraft(text: string): string {
  const end = text.indexOf("\n---", 3);
  if (!text.startsWith("---") || end < 0) return text;
  const frontmatter = text.slice(0, end).replace(/^draft:.*\n?/m, "");
  return `${frontmatter.replace(/\n?$/, "\n")}draft: true${text.slice(end)}`;
}

/** Puts back, in `contentDir`, the story files that differ between the `undone` publication's content and the `back` one's. */
export function restoreContent(contentDir: string, undone: string, back: string, slugs: readonly string[]): Restored {
  const result: Restored = { restored: [], drafted: [], leftAlone: [] };
  for (const slug of slugs) {
    const name = path.join("articles", `${slug}.md`);
    const current = read(path.join(contentDir, name));
    const earlier = read(path.join(back, name));
    if (current !== read(path.join(undone, name))) {
      result.leftAlone.push(slug);
    } else if (earlier !== undefined) {
      fs.mkdirSync(path.join(contentDir, "articles"), { recursive: true });
      fs.writeFileSync(path.join(contentDir, name), earlier);
      result.restored.push(slug);
    } else if (current !== undefined) {
      fs.writeFileSync(path.join(contentDir, name), asDraft(current));
      result.drafted.push(slug);
    }
  }
  return result;
}
