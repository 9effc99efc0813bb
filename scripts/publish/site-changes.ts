// What `npm run publish` shows before anything goes live: the stories the live site gains, loses
// and changes, and for each changed story the sentences that change, old and new; then the
// reporters' pages, the newsroom's pages and the site's settings that change. The stories are
// compared as readers get them (the headline, standfirst, body text and corrections, then every
// other field a reader sees), so a change to the file that readers never see is named as such
// rather than shown as sentences.
import path from "node:path";
import { parseFragment, type DefaultTreeAdapterMap } from "parse5";
import type { Article } from "../../lib/content/article";
import type { Author, NewsroomPage } from "../../lib/content/newsroom-files";
import { count } from "../../lib/content/problems";
import type { Frontmatter } from "../../lib/content/schema";
import { SITE_SETTINGS_FILE, type SiteSettings } from "../../lib/site-settings";
import { storyPath } from "./restore-content";
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

// Every field of a story a reader sees besides its sentences, by the name the summary gives it. Typed
// over the schema's fields, so that a field added to the schema cannot be left out of the summary
// unseen: it must be named here, or said (undefined) to be one no reader sees.
const DETAILS: Record<Exclude<keyof Frontmatter, "title" | "standfirst" | "corrections">, string | undefined> = {
  section: "section",
  tags: "tags",
  byline: "byline",
  location: "location",
  source: "source",
  image: "photo",
  publishedAt: "publication date",
  updatedAt: "update date",
  relatedEvents: "related events",
  language: "language",
  translationKey: "translationKey (its versions in other languages)",
  // Whether it is on the site at all: the story is new or taken off.
  draft: undefined,
  acceptWarnings: undefined,
  live: "live coverage (open or ended)",
  updates: "live updates (their moments)",
};

type Detail = keyof typeof DETAILS;
const isDetail = (field: string): field is Detail => field in DETAILS;
function detailOf(article: Article, field: Detail): unknown {
  if (field === "relatedEvents") return article.timeline;
  if (field === "live") return article.live && { ended: article.live.ended };
  if (field === "updates") return article.live?.updates.map((update) => [update.id, update.at]);
  return article[field];
}

// A live story's summary and updates are read as its body is: their sentences are compared too.
const liveBlocks = (article: Article): string[] =>
  article.live
    ? [
        ...blocksOf(parseFragment(article.live.summary).childNodes),
        ...article.live.updates.flatMap((update) => [...(update.headline ? [update.headline] : []), ...blocksOf(parseFragment(update.text).childNodes)]),
      ]
    : [];

/** The story as the summary compares it. */
function publishedStory(article: Article): PublishedStory {
  const blocks = [
    article.title,
    article.standfirst,
    ...article.sections.flatMap((section) => [...(section.heading ? [section.heading.text] : []), ...blocksOf(parseFragment(section.html).childNodes)]),
    ...liveBlocks(article),
    ...article.corrections.map((correction) => `Correction (${correction.date}): ${correction.text}`),
  ];
  const details: Record<string, string> = {};
  for (const field of Object.keys(DETAILS).filter(isDetail)) {
    const name = DETAILS[field];
    if (name) details[name] = JSON.stringify(detailOf(article, field)) ?? "";
  }
  return { slug: article.slug, title: article.title, sentences: sentencesOf(blocks, article.language), details };
}

/** A reporter's page or a newsroom page, as the summary compares it: all of it, as one value. */
export interface WholePage {
  /** Its file, relative to the content folder. */
  file: string;
  title: string;
  value: string;
}

/** What a publication puts on the site, as the summary compares it. */
export interface PublishedSite {
  stories: PublishedStory[];
  reporters: WholePage[];
  pages: WholePage[];
  settings: SiteSettings;
}

/** The site the published stories, the reporters' and newsroom's pages and the settings of a content folder make. */
export function publishedSite(content: { articles: readonly Article[]; authors: readonly Author[]; pages: readonly NewsroomPage[] }, settings: SiteSettings): PublishedSite {
  return {
    stories: content.articles.filter((article) => article.status === "published").map(publishedStory),
    reporters: content.authors.map((author) => ({ file: `authors/${author.slug}.md`, title: author.name, value: JSON.stringify(author) })),
    pages: content.pages.map((page) => ({ file: `pages/${page.slug}.md`, title: page.title, value: JSON.stringify(page) })),
    settings,
  };
}

/** Reporters' pages, or newsroom pages, the site gains, changes and loses. */
export interface PageChanges {
  added: WholePage[];
  updated: WholePage[];
  removed: WholePage[];
}

export interface SiteChanges {
  added: PublishedStory[];
  updated: { before: PublishedStory; after: PublishedStory; sentences: SentenceChange[]; details: string[] }[];
  removed: PublishedStory[];
  reporters: PageChanges;
  pages: PageChanges;
  /** The settings in site.yml that change, by name. */
  settings: string[];
}

function pageChanges(before: readonly WholePage[], after: readonly WholePage[]): PageChanges {
  const live = new Map(before.map((page) => [page.file, page.value]));
  const next = new Set(after.map((page) => page.file));
  return {
    added: after.filter((page) => !live.has(page.file)),
    updated: after.filter((page) => live.has(page.file) && live.get(page.file) !== page.value),
    removed: before.filter((page) => !next.has(page.file)),
  };
}

/** What publishing `after` changes on a live site that has `before`. */
export function siteChanges(before: PublishedSite, after: PublishedSite): SiteChanges {
  const live = new Map(before.stories.map((story) => [story.slug, story]));
  const next = new Set(after.stories.map((story) => story.slug));
  const [oldSettings, newSettings] = [new Map(Object.entries(before.settings)), new Map(Object.entries(after.settings))];
  const changes: SiteChanges = {
    added: [],
    updated: [],
    removed: before.stories.filter((story) => !next.has(story.slug)),
    reporters: pageChanges(before.reporters, after.reporters),
    pages: pageChanges(before.pages, after.pages),
    settings: [...new Set([...oldSettings.keys(), ...newSettings.keys()])].filter((name) => JSON.stringify(oldSettings.get(name)) !== JSON.stringify(newSettings.get(name))),
  };
  for (const story of after.stories) {
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

/** Whether publishing changes nothing the summary compares. */
export const changesNothing = ({ added, updated, removed, reporters, pages, settings }: SiteChanges) =>
  [added, updated, removed, ...Object.values(reporters), ...Object.values(pages), settings].every((list) => list.length === 0);

const stories = (n: number) => count(n, "story", "stories");

// A first publication of a whole archive would list every story: past this many, the rest are counted.
const LISTED = 20;

/** The summary an editor reads before saying yes, one story or page a line, `fileOf` naming each file (given relative to the content folder). */
export function describeSiteChanges(changes: SiteChanges, fileOf: (file: string) => string): string {
  const { added, updated, removed } = changes;
  if (changesNothing(changes)) return "No story changes on the live site.";
  const named = (story: PublishedStory) => `"${story.title}" (${fileOf(storyPath(story.slug))})`;
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
  for (const [kind, { added: gained, updated: changed, removed: lost }] of [
    ["reporter pages", changes.reporters],
    ["newsroom pages", changes.pages],
  ] as const) {
    const Kind = `${kind[0].toUpperCase()}${kind.slice(1)}`;
    for (const [heading, pages] of [
      [`New ${kind}`, gained],
      [`${Kind} updated`, changed],
      [`${Kind} taken off the site`, lost],
    ] as const) {
      if (pages.length > 0) lines.push(`${heading} (${pages.length}):`, ...listed(pages, (page) => [`    "${page.title}" (${fileOf(page.file)})`]));
    }
  }
  if (changes.settings.length > 0) lines.push(`Site settings changed (${fileOf(SITE_SETTINGS_FILE)}): ${changes.settings.join(", ")}`);
  return lines.join("\n");
}

/** "new: a, b; updated: c; taken off: d; reporter pages: e; site settings: tagline", for a commit message or a one-line report. */
export function nameChanges(changes: SiteChanges): string {
  const { added, updated, removed, reporters, pages, settings } = changes;
  const slugs = (stories: readonly PublishedStory[]) => stories.map((story) => story.slug).join(", ");
  const files = ({ added, updated, removed }: PageChanges) => [...added, ...updated, ...removed].map((page) => path.posix.basename(page.file, ".md")).join(", ");
  return [
    added.length > 0 && `new: ${slugs(added)}`,
    updated.length > 0 && `updated: ${slugs(updated.map(({ after }) => after))}`,
    removed.length > 0 && `taken off: ${slugs(removed)}`,
    files(reporters) && `reporter pages: ${files(reporters)}`,
    files(pages) && `newsroom pages: ${files(pages)}`,
    settings.length > 0 && `site settings: ${settings.join(", ")}`,
  ]
    .filter((part): part is string => typeof part === "string" && part !== "")
    .join("; ");
}

/** The file `file` (relative to `contentDir`), as the editor types it: relative to the working folder. */
export const contentFile = (contentDir: string, file: string) => path.relative(process.cwd(), path.join(contentDir, file));
