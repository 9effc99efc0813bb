// Every page an incremental build may take from the last build, each with a key made from exactly
// the data it shows: the story or list it is about, the frame around it (masthead, footer), the
// newsroom its structured data names and, for a story's page, the files of its photos, its own
// and its live updates' (their sizes, srcsets and og:image come from them). A page whose key is unchanged, built by the same code
// (lib/build/code-fingerprint.ts), is the same file, so it need not be rendered again. A key may
// take in more than its page shows (then the page is rendered for nothing), never less: the
// end-to-end equality tests (tests/build/incremental-build.test.ts) hold it to that.
// The pages not listed here (the front page, English's search page, the archive's index, feeds, sitemaps, the
// not-found page) are cheap and show the newest stories: every build renders them.
import { createHash } from "node:crypto";
import { storyPhotos, type Article } from "../content/article";
import { editionOf, MAIN_EDITION } from "../content/editions";
import { publicFileVersion } from "../content/public-files";
import { isSitePath } from "../content/schema";
import type { Term } from "../content/taxonomy";
import { editionView, type SiteView } from "../enrich/site-view";
import { numberedPageSegments, storyPageAt } from "../enrich/story-pages";
import { editionLinks, footerLinks, sectionLinks, tagLinks } from "../publish/navigation";
import { liveUpdatesData } from "../publish/live-updates";
import { editionFronts, hasHeadlineCard, headlineCardText } from "../publish/seo";
import { authorPath, editionSearchPath, FRONT_PAGE_STORIES, liveUpdatesPath, sectionPath, socialCardPath, tagPath } from "../site";
import { folderAddress } from "./render-only";

const digest = (value: unknown) => createHash("sha256").update(JSON.stringify(value)).digest("base64url");

/**
 * Address -> key, for every page of `view` that a build may keep (lib/build/render-only.ts names
 * addresses alike); the stories' photos are the files in `publicDir`.
 */
export function pageKeys(view: SiteView, publicDir: string): Map<string, string> {
  const keys = new Map<string, string>();
  // A story is hashed once, however many lists show it: the archive stays linear.
  const storyKeys = new Map(view.site.map((article) => [article.slug, digest(article)]));
  const stories = (list: readonly Article[]) => list.map((article) => storyKeys.get(article.slug) ?? digest(article));
  const codes = view.editions.map(({ code }) => code);
  const edition = (code: string) => view.editions.find((candidate) => candidate.code === code) ?? editionView(code, [], []);
  // A reporter's bio is on their page alone; the rest of them is in every byline's link and JSON-LD.
  const newsroom = {
    authors: view.authors.map(({ bio: _bio, ...author }) => author),
    pages: view.pages.map(({ slug, title }) => ({ slug, title })),
  };
  const frames = new Map<string, string>();
  // The masthead and footer of an edition's pages, in the page's language.
  const frame = (code: string, lang = code) => {
    const known = frames.get(`${code} ${lang}`);
    if (known) return known;
    const made = digest({ lang, sections: sectionLinks(edition(code).sections, code), editions: editionLinks(codes), footer: footerLinks(view.pages), newsroom });
    frames.set(`${code} ${lang}`, made);
    return made;
  };
  const add = (address: string, inputs: unknown) => keys.set(address, digest(inputs));
  /** The list's first page at `address`, then its numbered pages, each with the stories and links it shows. */
  const addList = (address: string, base: string, items: readonly Article[], about: unknown) => {
    for (const segment of [undefined, ...numberedPageSegments(items.length)]) {
      const found = storyPageAt(items, base, segment);
      if (found) add(segment === undefined ? address : `${address}page/${segment}/`, { about, number: found.page.number, links: found.links, stories: stories(found.page.items) });
    }
  };

  for (const article of view.site) {
    const photos = storyPhotos(article).flatMap(({ src }) => (isSitePath(src) ? [publicFileVersion(publicDir, src)] : []));
    add(folderAddress("articles", article.slug), { frame: frame(editionOf(article.language), article.language), story: storyKeys.get(article.slug), photos });
    if (hasHeadlineCard(article)) add(socialCardPath(article.slug), headlineCardText(article));
    const updates = liveUpdatesData(article);
    if (updates) add(liveUpdatesPath(article.slug), updates);
  }
  for (const { code, site, sections, tags } of view.editions) {
    const folder = code === MAIN_EDITION ? undefined : code;
    const lists = (kind: string, terms: Term<Article>[], path: (name: string, edition: string) => string) => {
      for (const term of terms) addList(folderAddress(folder, kind, term.slug), path(term.name, code), term.items, { frame: frame(code), kind, name: term.name });
    };
    lists("sections", sections, sectionPath);
    lists("tags", tags, tagPath);
    if (folder) {
      // Its search page: the masthead, and every section and topic for readers without JavaScript.
      add(editionSearchPath(code), { frame: frame(code), topics: tagLinks(tags, code) });
      add(folderAddress(folder), {
        frame: frame(code),
        fronts: editionFronts(view.editions),
        latest: stories(site.slice(0, FRONT_PAGE_STORIES)),
        older: site.length > FRONT_PAGE_STORIES && sectionLinks(sections, code),
      });
    }
  }
  for (const page of view.pages.filter(({ slug }) => !codes.includes(slug))) add(folderAddress(page.slug), { frame: frame(MAIN_EDITION), page });
  for (const { author, stories: theirs } of view.reporters) addList(folderAddress("authors", author.slug), authorPath(author.slug), theirs, { frame: frame(MAIN_EDITION), author });
  for (const { year, month, stories: inMonth } of view.months) {
    add(folderAddress("archive", String(year), String(month).padStart(2, "0")), { frame: frame(MAIN_EDITION), stories: stories(inMonth) });
  }
  return keys;
}

/** The file of the exported site a page's address is written to. */
export const fileOfAddress = (address: string) => (address.endsWith("/") ? `${address.slice(1)}index.html` : address.slice(1));
