// What the app's pages read. A build checks the content once (`npm run build` saves it for Next.js's
// processes, lib/build/snapshot.ts); the preview reads content/ afresh on every request, so a saved
// file shows on reload. This is the one module with state: one view per build process.
import { config } from "./config";
import { MAIN_EDITION } from "./content/editions";
import { ContentError } from "./content/problems";
import { defaultLocation, errorsIn, readContent } from "./pipeline";
import { loadSnapshot } from "./build/snapshot";
import { editionView, viewSite, type EditionView, type SiteView } from "./enrich/site-view";

// Next.js bundles this module more than once into one process, so the view is kept on globalThis.
const CACHE = Symbol.for("newsroom.siteView");
const cache = globalThis as { [CACHE]?: SiteView };

function siteView(): SiteView {
  const cached = cache[CACHE];
  if (cached) return cached;
  const { articles, problems } = config.CONTENT_SNAPSHOT ? loadSnapshot(config.CONTENT_SNAPSHOT) : readContent(defaultLocation, Date.now());
  if (errorsIn(problems).length > 0) throw new ContentError(errorsIn(problems));
  const view = viewSite(articles, config.preview);
  if (!config.preview) cache[CACHE] = view;
  return view;
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
