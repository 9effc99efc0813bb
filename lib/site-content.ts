// What the app's pages read. A build checks the content once (`npm run build` saves it for Next.js's
// processes, lib/build/snapshot.ts); the preview reads content/ afresh on every request, so a saved
// file shows on reload. This is the one module with state: one view per build process.
import path from "node:path";
import { config } from "./config";
import { MAIN_EDITION } from "./content/editions";
import { ContentError, type ContentProblem } from "./content/problems";
import { blockingErrors, defaultLocation, errorsIn, readContent } from "./pipeline";
import { loadSnapshot } from "./build/snapshot";
import { editionView, viewSite, type EditionView, type SiteView } from "./enrich/site-view";

// Next.js bundles this module more than once into one process, so the view is kept on globalThis.
const CACHE = Symbol.for("newsroom.siteView");
const cache = globalThis as { [CACHE]?: View };

/** A story shown in the preview as its problems: its file, and whether its errors stop every build (a published story's do). */
export interface HeldBackStory {
  file: string;
  problems: ContentProblem[];
  stopsBuild: boolean;
}

/** The site, and the stories held back by their own errors (lib/content/held-back.ts), by slug. */
type View = SiteView & { heldBack: Map<string, HeldBackStory> };

function siteView(): View {
  const cached = cache[CACHE];
  if (cached) return cached;
  const view = config.CONTENT_SNAPSHOT ? snapshotView(config.CONTENT_SNAPSHOT) : readView();
  if (!config.preview) cache[CACHE] = view;
  return view;
}

function snapshotView(file: string): View {
  const { articles, authors, pages } = loadSnapshot(file);
  return { ...viewSite(articles, config.preview, { authors, pages }), heldBack: new Map() };
}

function readView(): View {
  const { articles, authors, pages, problems, heldBack } = readContent(defaultLocation, Date.now());
  // A build stops at any error that is not a draft's or a scheduled story's own. The preview holds a
  // published story with errors back too: its page shows them, and every other page still works.
  const stopsBuild = config.preview ? storyFiles(blockingErrors(problems, heldBack)) : new Set<string>();
  const errors = blockingErrors(problems, new Set([...heldBack, ...stopsBuild]));
  if (errors.length > 0) throw new ContentError(errors);
  const held = [...heldBack, ...stopsBuild].map((file): HeldBackStory => ({ file, problems: problems.filter((problem) => problem.file === file), stopsBuild: stopsBuild.has(file) }));
  // A story with errors is its problems page, never listed: the built site would not have it as it stands.
  const broken = new Set(held.filter((story) => errorsIn(story.problems).length > 0).map((story) => slugOf(story.file)));
  const shown = articles.filter((article) => !broken.has(article.slug));
  return { ...viewSite(shown, config.preview, { authors, pages }), heldBack: new Map(held.map((story) => [slugOf(story.file), story])) };
}

const slugOf = (file: string) => path.basename(file, ".md");

/** The story files (content/articles/*.md) among the problems' files: those with a page of their own to show them on. */
function storyFiles(problems: ContentProblem[]): Set<string> {
  const folder = path.join(defaultLocation.contentDir, "articles");
  return new Set(problems.map((problem) => problem.file).filter((file) => file.endsWith(".md") && path.dirname(path.resolve(file)) === folder));
}

/** Published articles of every edition, newest first: what sitemaps and search engines get, even in preview. */
export const getPublishedArticles = () => siteView().published;
/** The articles with pages in this build, every edition's, newest first. */
export const getSiteArticles = () => siteView().site;
export const getSiteArticle = (slug: string) => siteView().bySlug.get(slug);
/** The editions with articles in this build, English first. */
export const getEditions = () => siteView().editions;
/** One edition's articles and fronts; English always has a front page, even with no articles. */
export function getEdition(code: string = MAIN_EDITION): EditionView {
  return siteView().editions.find((edition) => edition.code === code) ?? editionView(code, [], []);
}
/** The editions other than English: the ones with folders of their own (/fa/, /ps/). */
export const getOtherEditions = () => getEditions().filter((edition) => edition.code !== MAIN_EDITION);
/** A held-back story's file and problems, shown on its page in the preview. */
export const getHeldBackStory = (slug: string) => siteView().heldBack.get(slug);
/** The slugs of held-back stories: pages in the preview, which shows their problems. */
export const getHeldBackSlugs = () => [...siteView().heldBack.keys()];
export const getAuthors = () => siteView().authors;
export const getReporterPages = () => siteView().reporters;
export const getArchiveMonths = () => siteView().months;
export const getNewsroomPages = () => siteView().pages;
