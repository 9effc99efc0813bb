// What the app's pages read. A build checks the content once (`npm run build` saves it for Next.js's
// processes, lib/build/snapshot.ts); the preview reads content/ afresh on every request, so a saved
// file shows on reload. This is the one module with state: one view per build process.
import { config } from "./config";
import { ContentError } from "./content/problems";
import { defaultLocation, errorsIn, readContent } from "./pipeline";
import { loadSnapshot } from "./build/snapshot";
import { viewSite, type SiteView } from "./enrich/site-view";

// Next.js bundles this module more than once into one process, so the view is kept on globalThis.
const CACHE = Symbol.for("newsroom.siteView");
const cache = globalThis as { [CACHE]?: SiteView };

function siteView(): SiteView {
  const cached = cache[CACHE];
  if (cached) return cached;
  const { articles, authors, pages, problems } = config.CONTENT_SNAPSHOT ? loadSnapshot(config.CONTENT_SNAPSHOT) : readContent(defaultLocation, Date.now());
  if (errorsIn(problems).length > 0) throw new ContentError(errorsIn(problems));
  const view = viewSite(articles, config.preview, { authors, pages });
  if (!config.preview) cache[CACHE] = view;
  return view;
}

/** Published articles, newest first: what feeds, sitemaps and search engines get, even in preview. */
export const getPublishedArticles = () => siteView().published;
/** The articles with pages in this build, newest first. */
export const getSiteArticles = () => siteView().site;
export const getSiteArticle = (slug: string) => siteView().bySlug.get(slug);
export const getSections = () => siteView().sections;
export const getTags = () => siteView().tags;
export const getAuthors = () => siteView().authors;
export const getReporterPages = () => siteView().reporters;
export const getArchiveMonths = () => siteView().months;
export const getNewsroomPages = () => siteView().pages;
