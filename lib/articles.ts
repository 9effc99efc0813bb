// The only reader of content/: loads every article, checks each on its own and all of them
// together, and hands the app the articles a build should show.
import fs from "node:fs";
import path from "node:path";
import { checkArticleFile, type CheckedFile } from "./article-file";
import { link, type TimelineMention } from "./article-links";
import { checkAcrossFiles, contentWarnings, placeholderProblems } from "./content-checks";
import { loadSnapshot, snapshotFile } from "./content-snapshot";
import { isBefore, isPublishedBy, publicationTime } from "./dates";
import { textDirection } from "./language";
import type { BodySection } from "./markdown";
import { readingMinutes } from "./reading-time";
import { ContentError, isWarning, type ContentProblem } from "./problems";
import type { Correction, Frontmatter, RelatedEvent } from "./schema";
import { groupByTerm, type Term } from "./taxonomy";

/** Published, or left out of the built site: a draft, or scheduled for a later date. */
export type ArticleStatus = "published" | "draft" | "scheduled";

export interface TimelineEvent extends RelatedEvent {
  /** The page to read about the event on, when it has one on this site. */
  href?: string;
  /** The event this article reports. */
  isThisArticle: boolean;
}

export type Article = Omit<Frontmatter, "relatedEvents" | "corrections"> & {
  slug: string;
  dir: "ltr" | "rtl";
  status: ArticleStatus;
  /** When the article last changed, for readers and search engines: its latest update or correction. */
  modifiedAt: string;
  sections: BodySection[];
  /** How long the body takes to read, in whole minutes. */
  readingMinutes: number;
  /** Related events, oldest first. */
  timeline: TimelineEvent[];
  /** Newest first. */
  corrections: Correction[];
  /** "Also in the timeline of": articles that list this one among their events. */
  mentionedIn: TimelineMention[];
};

export interface ContentLocation {
  /** Holds articles/<slug>.md. */
  contentDir: string;
  /** Where site-relative image paths point. */
  publicDir: string;
}

export const defaultLocation: ContentLocation = {
  contentDir: path.resolve(process.env.CONTENT_DIR ?? "content"),
  // PUBLIC_DIR lets tests build fixture content whose images live outside the real public/.
  publicDir: path.resolve(process.env.PUBLIC_DIR ?? "public"),
};

export interface Content {
  /** How many files content/articles/ holds, articles or not. */
  files: number;
  /** Every article that could be loaded (drafts too), newest first, not yet linked to each other. */
  articles: Article[];
  /** Every problem, warnings included. */
  problems: ContentProblem[];
}

function readContent(location: ContentLocation, now: number): Content {
  const dir = path.join(location.contentDir, "articles");
  if (!fs.existsSync(dir)) {
    // A mistyped CONTENT_DIR must not build an empty site that replaces the real one.
    const folder = path.relative(process.cwd(), dir) || dir;
    return { files: 0, articles: [], problems: [{ file: folder, message: "no such folder: articles live in content/articles/ (check CONTENT_DIR)" }] };
  }
  const names = fs.readdirSync(dir).filter((name) => !name.startsWith(".")).sort();
  const files = names.map((name) => readAndCheck(path.relative(process.cwd(), path.join(dir, name)), name));
  return {
    files: names.length,
    articles: files
      .flatMap(({ article }) => (article ? [assemble(article, now)] : []))
      .sort((a, b) => publicationTime(b.publishedAt) - publicationTime(a.publishedAt) || a.title.localeCompare(b.title)),
    problems: [
      ...files.flatMap((file) => file.problems),
      ...checkAcrossFiles(files, location.publicDir),
      ...placeholderProblems(files),
      ...contentWarnings(files),
    ],
  };
}

const errorsIn = (problems: ContentProblem[]) => problems.filter((problem) => !isWarning(problem));

/** Every article, drafts included, newest first, linked to the published ones, and every problem. */
export function checkContent(location: ContentLocation = defaultLocation, now = Date.now()): Content {
  const content = readContent(location, now);
  return { ...content, articles: link(content.articles, isPublished) };
}

/** Every article, drafts included, newest first; throws ContentError listing every error if there is one. */
export function loadArticles(location: ContentLocation = defaultLocation, now = Date.now()): Article[] {
  const { articles, problems } = checkContent(location, now);
  if (errorsIn(problems).length > 0) throw new ContentError(errorsIn(problems));
  return articles;
}

function readAndCheck(file: string, name: string): CheckedFile {
  let bytes: Uint8Array;
  try {
    bytes = fs.readFileSync(path.resolve(file));
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code === "EISDIR" ? "it is a folder, not a file" : String(error);
    return { file, problems: [{ file, message: `it cannot be read (${reason}): only article files belong in content/articles/` }] };
  }
  return checkArticleFile(file, name, bytes);
}

export const isPublished = (article: Article) => article.status === "published";

function assemble({ slug, frontmatter, sections }: NonNullable<CheckedFile["article"]>, now: number): Article {
  const { relatedEvents, corrections, ...fields } = frontmatter;
  const newestFirst = [...corrections].sort((a, b) => publicationTime(b.date) - publicationTime(a.date));
  const changes = [fields.updatedAt, newestFirst[0]?.date].filter((date): date is string => date !== undefined);
  return {
    ...fields,
    slug,
    dir: textDirection(fields.language),
    status: fields.draft ? "draft" : isPublishedBy(fields.publishedAt, now) ? "published" : "scheduled",
    modifiedAt: changes.reduce((latest, date) => (isBefore(latest, date) ? date : latest), fields.publishedAt),
    sections,
    readingMinutes: readingMinutes(sections),
    // Stable: events ending at the same moment keep the editor's order.
    timeline: relatedEvents.map((event) => ({ ...event, isThisArticle: event.article === slug })).sort((a, b) => a.date.end - b.date.end),
    corrections: newestFirst,
    mentionedIn: [],
  };
}

interface SiteView {
  published: Article[];
  /** What this build shows: the published articles, and in `next dev` drafts and scheduled ones too. */
  site: Article[];
  /** Each page looks its article up by slug: a map, so the build stays linear in the archive. */
  bySlug: Map<string, Article>;
  sections: Term<Article>[];
  tags: Term<Article>[];
}

// `next dev` is the editors' preview: they see drafts and scheduled articles, and a saved file
// shows on reload, so nothing is cached there. A build loads the content once per process: the
// cache is on globalThis because Next.js bundles this module more than once into one process.
const preview = process.env.NODE_ENV === "development";
const CACHE = Symbol.for("newsroom.siteView");
const cache = globalThis as { [CACHE]?: SiteView };

function siteView(): SiteView {
  const cached = cache[CACHE];
  if (cached) return cached;
  const { articles, problems } = snapshotFile ? loadSnapshot<Content>(snapshotFile) : readContent(defaultLocation, Date.now());
  if (errorsIn(problems).length > 0) throw new ContentError(errorsIn(problems));
  const published = link(articles, isPublished).filter(isPublished);
  const site = preview ? link(articles, () => true) : published;
  const view = {
    published,
    site,
    bySlug: new Map(site.map((article) => [article.slug, article])),
    sections: groupByTerm(site, (a) => [a.section]),
    tags: groupByTerm(site, (a) => a.tags),
  };
  if (!preview) cache[CACHE] = view;
  return view;
}

/** Published articles, newest first: what feeds, sitemaps and search engines get, even in preview. */
export const getPublishedArticles = () => siteView().published;
/** The articles with pages in this build, newest first. */
export const getSiteArticles = () => siteView().site;
export const getSiteArticle = (slug: string) => siteView().bySlug.get(slug);
export const getSections = () => siteView().sections;
export const getTags = () => siteView().tags;
