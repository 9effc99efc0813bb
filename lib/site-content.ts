// What the app's pages read. A build checks the content once (`npm run build` saves it for Next.js's
// processes, lib/build/snapshot.ts); the preview reads content/ afresh on every request, so a saved
// file shows on reload. This is the one module with state: one view per build process.
import path from "node:path";
import { config } from "./config";
import { ContentError, type ContentProblem } from "./content/problems";
import { blockingErrors, defaultLocation, readContent } from "./pipeline";
import { loadSnapshot } from "./build/snapshot";
import { viewSite, type SiteView } from "./enrich/site-view";

// Next.js bundles this module more than once into one process, so the view is kept on globalThis.
const CACHE = Symbol.for("newsroom.siteView");
const cache = globalThis as { [CACHE]?: View };

/** The site, and the drafts and scheduled stories held back by their own errors (lib/content/held-back.ts), by slug. */
type View = SiteView & { heldBack: Map<string, { file: string; problems: ContentProblem[] }> };

function siteView(): View {
  const cached = cache[CACHE];
  if (cached) return cached;
  const view = config.CONTENT_SNAPSHOT ? { ...viewSite(loadSnapshot(config.CONTENT_SNAPSHOT).articles, config.preview), heldBack: new Map() } : readView();
  if (!config.preview) cache[CACHE] = view;
  return view;
}

function readView(): View {
  const { articles, problems, heldBack } = readContent(defaultLocation, Date.now());
  const errors = blockingErrors(problems, heldBack);
  if (errors.length > 0) throw new ContentError(errors);
  const held = new Map([...heldBack].map((file) => [path.basename(file, ".md"), { file, problems: problems.filter((problem) => problem.file === file) }]));
  return { ...viewSite(articles, config.preview), heldBack: held };
}

/** Published articles, newest first: what feeds, sitemaps and search engines get, even in preview. */
export const getPublishedArticles = () => siteView().published;
/** The articles with pages in this build, newest first. */
export const getSiteArticles = () => siteView().site;
export const getSiteArticle = (slug: string) => siteView().bySlug.get(slug);
export const getSections = () => siteView().sections;
export const getTags = () => siteView().tags;
/** A held-back story's file and problems, shown on its page in the preview. */
export const getHeldBackStory = (slug: string) => siteView().heldBack.get(slug);
/** The slugs of held-back stories: pages in the preview, which shows their problems. */
export const getHeldBackSlugs = () => [...siteView().heldBack.keys()];
