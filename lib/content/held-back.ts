// A broken draft hurts only itself. The errors of a story that is not going out (a draft, or
// scheduled for later) are reported as errors, but do not stop the published stories from being
// built: one colleague's half-written draft must not block the newsroom. Unless a published story
// links it: then the published page would link to nothing, so its errors block like any other.
import path from "node:path";
import type { CheckedFile } from "./article-file";
import { isPublicationDate, isPublishedBy } from "./dates";

/** Whether the frontmatter, as written, says the story is not going out yet (true only when that is certain). */
function isNotGoingOut(data: Record<string, unknown>, now: number, timeZone: string): boolean {
  if (data.draft === true) return true;
  const { publishedAt } = data;
  return typeof publishedAt === "string" && isPublicationDate(publishedAt) && !isPublishedBy(publishedAt, now, timeZone);
}

/** The slugs that published stories link to in their timelines. */
function linkedFromPublished(checked: readonly CheckedFile[], now: number, timeZone: string): Set<string> {
  const linked = new Set<string>();
  for (const { article, source } of checked) {
    if (!article || !source || isNotGoingOut(source.data, now, timeZone)) continue;
    for (const event of article.frontmatter.relatedEvents) if (event.article) linked.add(event.article);
  }
  return linked;
}

/** The files whose errors stop only themselves: drafts and scheduled stories no published story links to. */
export function heldBackFiles(checked: readonly CheckedFile[], now: number, timeZone: string): Set<string> {
  const linked = linkedFromPublished(checked, now, timeZone);
  return new Set(
    checked
      .filter(({ file, source, saysDraft }) => (saysDraft ?? (source && isNotGoingOut(source.data, now, timeZone))) && !linked.has(path.basename(file, ".md")))
      .map(({ file }) => file),
  );
}

/** The files that say they are drafts but whose errors keep them from being read as a story: still drafts, to count and list. */
export function draftsWithErrors(checked: readonly CheckedFile[]): string[] {
  return checked.filter(({ article, source, saysDraft }) => !article && (saysDraft || source?.data.draft === true)).map(({ file }) => file);
}
