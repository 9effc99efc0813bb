// What `npm run publish` shows before anything goes live: the stories the live site gains, loses
// and changes, and for each changed story the sentences that change, old and new. The stories are
// compared as readers get them (the headline, standfirst, body text and corrections), so a change
// to the file that readers never see is named as such rather than shown as sentences.
import path from "node:path";
import { parseFragment, type DefaultTreeAdapterMap } from "parse5";
import type { Article } from "../../lib/content/article";
import { count } from "../../lib/content/problems";
import { sentenceChanges, sentencesOf, type SentenceChange } from "./sentence-changes";

type Node = DefaultTreeAdapterMap["childNode"];

/** One published story, as the summary compares it. */
export interface PublishedStory {
  slug: string;
  title: string;
  sentences: string[];
  /** What a reader sees besides the sentences, by name: each a value to compare. */
  details: Record<string, string>;
}

const textOf = (node: Node): string =>
  node.nodeName === "#text" && "value" in node ? node.value : "childNodes" in node ? node.childNodes.map(textOf).join("") : "";

// Each of these is a paragraph of its own to a reader: its sentences never run into the next one's.
const BLOCKS = new Set(["p", "li", "blockquote", "h2", "h3", "h4", "figcaption", "td", "th", "pre"]);

function blocksOf(nodes: readonly Node[]): string[] {
  return nodes.flatMap((node) => {
    if (!("tagName" in node)) return textOf(node).trim() ? [textOf(node)] : [];
    const inner = node.childNodes.some((child) => "tagName" in child && BLOCKS.has(child.tagName));
    return BLOCKS.has(node.tagName) && !inner ? [textOf(node)] : blocksOf(node.childNodes);
  });
}

/** The story as the summary compares it. */
export function publishedStory(article: Article): PublishedStory {
  const blocks = [
    article.title,
    article.standfirst,
    ...article.sections.flatMap((section) => [...(section.heading ? [section.heading.text] : []), ...blocksOf(parseFragment(section.html).childNodes)]),
    ...article.corrections.map((correction) => `Correction (${correction.date}): ${correction.text}`),
  ];
  const details: Record<string, string> = {
    section: article.section,
    tags: article.tags.join(", "),
    byline: article.byline.join(", "),
    photo: article.image ? JSON.stringify(article.image) : "",
    "publication date": article.publishedAt,
  };
  return { slug: article.slug, title: article.title, sentences: sentencesOf(blocks, article.language), details };
}

export interface SiteChanges {
  added: PublishedStory[];
  updated: { before: PublishedStory; after: PublishedStory; sentences: SentenceChange[]; details: string[] }[];
  removed: PublishedStory[];
}

/** What publishing `after` changes on a live site that has `before`. */
export function siteChanges(before: readonly PublishedStory[], after: readonly PublishedStory[]): SiteChanges {
  const live = new Map(before.map((story) => [story.slug, story]));
  const next = new Set(after.map((story) => story.slug));
  const changes: SiteChanges = { added: [], updated: [], removed: before.filter((story) => !next.has(story.slug)) };
  for (const story of after) {
    const old = live.get(story.slug);
    if (!old) {
      changes.added.push(story);
      continue;
    }
    const sentences = sentenceChanges(old.sentences, story.sentences);
    const details = Object.keys({ ...old.details, ...story.details }).filter((name) => old.details[name] !== story.details[name]);
    if (sentences.length > 0 || details.length > 0) changes.updated.push({ before: old, after: story, sentences, details });
  }
  return changes;
}

const stories = (n: number) => count(n, "story", "stories");

// A first publication of a whole archive would list every story: past this many, the rest are counted.
const LISTED = 20;

/** The summary an editor reads before saying yes, one story a line, `fileOf` naming each story's file. */
export function describeSiteChanges(changes: SiteChanges, fileOf: (slug: string) => string): string {
  const { added, updated, removed } = changes;
  if (added.length + updated.length + removed.length === 0) return "No story changes on the live site.";
  const named = (story: PublishedStory) => `"${story.title}" (${fileOf(story.slug)})`;
  const listed = <T>(items: readonly T[], line: (item: T) => string[]) => [
    ...items.slice(0, LISTED).flatMap(line),
    ...(items.length > LISTED ? [`    and ${items.length - LISTED} more`] : []),
  ];
  const lines: string[] = [];
  if (added.length > 0) lines.push(`New (${stories(added.length)}):`, ...listed(added, (story) => [`    ${named(story)}`]));
  if (updated.length > 0) {
    lines.push(`Updated (${stories(updated.length)}):`);
    lines.push(
      ...listed(updated, ({ after, sentences, details }) => [
        `    ${named(after)}`,
        ...sentences.flatMap(({ was, now }) => [...(was !== undefined ? [`      was: ${was}`] : []), ...(now !== undefined ? [`      now: ${now}`] : [])]),
        ...(details.length > 0 ? [`      also changed: ${details.join(", ")}`] : []),
      ]),
    );
  }
  if (removed.length > 0) lines.push(`Taken off the site (${stories(removed.length)}):`, ...listed(removed, (story) => [`    ${named(story)}`]));
  return lines.join("\n");
}

/** "new: a, b; updated: c; taken off: d", for a commit message or a one-line report. */
export function nameChanges({ added, updated, removed }: SiteChanges): string {
  const slugs = (stories: readonly PublishedStory[]) => stories.map((story) => story.slug).join(", ");
  return [
    added.length > 0 && `new: ${slugs(added)}`,
    updated.length > 0 && `updated: ${slugs(updated.map(({ after }) => after))}`,
    removed.length > 0 && `taken off: ${slugs(removed)}`,
  ]
    .filter((part): part is string => typeof part === "string")
    .join("; ");
}

/** The file of story `slug` in `contentDir`, as the editor types it: relative to the working folder. */
export const storyFile = (contentDir: string, slug: string) => path.relative(process.cwd(), path.join(contentDir, "articles", `${slug}.md`));
