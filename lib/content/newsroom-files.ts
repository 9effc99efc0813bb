// A reporter's file (content/authors/) and one of the newsroom's pages (content/pages/), from
// name and bytes alone: opened like an article, checked against their own contracts, body rendered.
import type { BodySection } from "../render/markdown";
import { checkMarkdownFile, type CheckedDoc, type FileKind } from "./markdown-file";
import type { ContentProblem } from "./problems";
import { AUTHOR_FIELD_NAMES, authorSchema, type AuthorFields } from "./author-schema";
import { PAGE_FIELD_NAMES, pageSchema, type PageFields } from "./page-schema";
import { validateWith } from "./validate";

export const AUTHORS: FileKind = { plural: "reporters' files", one: "a reporter's file", folder: "content/authors/" };
export const PAGES: FileKind = { plural: "pages", one: "a page", folder: "content/pages/" };

/**
 * The first folders of the site's own addresses. A page is published at /<slug>/, so it must not
 * take one: app/'s routes (tests/unit/newsroom-content.test.ts holds the list to them), the
 * search index, the image copies, and the folders Next.js writes itself.
 */
export const SITE_FOLDERS = ["articles", "archive", "authors", "search", "sections", "tags", "sitemaps", "fonts", "images", "pagefind", "_next", "404", "_not-found"];

/** The editions the site always has, whether or not an article is written in their language yet. */
const SITE_EDITIONS = ["en", "fa", "ps"];

/**
 * Why a page may not be published at /<slug>/, in words for its file, or undefined if it may.
 * `editions` are those the articles make (lib/content/editions.ts): /ar/ is taken only once an
 * article is written in Arabic, so a page may be /faq/ until a story declares `language: faq`.
 */
export function pageSlugClash(slug: string, editions: ReadonlySet<string>): string | undefined {
  if (SITE_FOLDERS.includes(slug)) return `/${slug}/ is one of the site's own addresses (${SITE_FOLDERS.join(", ")}): rename the page`;
  if (SITE_EDITIONS.includes(slug) || editions.has(slug)) {
    return `"${slug}" is a language code, and /${slug}/ is the front page of the articles written in it (language: ${slug}): rename the page`;
  }
  return undefined;
}

export type Author = AuthorFields & { slug: string; bio: BodySection[] };
export type NewsroomPage = PageFields & { slug: string; sections: BodySection[] };

export function checkAuthorFile(file: string, name: string, bytes: Uint8Array): CheckedDoc<AuthorFields> {
  return checkMarkdownFile(file, name, bytes, AUTHORS, (f, source) => validateWith(authorSchema, AUTHOR_FIELD_NAMES, f, source));
}

export function checkPageFile(file: string, name: string, bytes: Uint8Array, editions: ReadonlySet<string>): CheckedDoc<PageFields> {
  const checked = checkMarkdownFile(file, name, bytes, PAGES, (f, source) => validateWith(pageSchema, PAGE_FIELD_NAMES, f, source));
  const clash = pageSlugClash(name.replace(/\.md$/, ""), editions);
  if (!clash) return checked;
  return { file, problems: [...checked.problems, { file, message: `file name: ${clash}` }], source: checked.source };
}

export const toAuthor = ({ slug, fields, sections }: NonNullable<CheckedDoc<AuthorFields>["doc"]>): Author => ({ ...fields, slug, bio: sections });
export const toPage = ({ slug, fields, sections }: NonNullable<CheckedDoc<PageFields>["doc"]>): NewsroomPage => ({ ...fields, slug, sections });

/** Bylines find a reporter by name: two files under one name would leave a byline two pages to link to. */
export function authorNameProblems(checked: CheckedDoc<AuthorFields>[]): ContentProblem[] {
  const first = new Map<string, string>();
  return checked.flatMap(({ file, doc, source }) => {
    if (!doc) return [];
    const key = bylineKey(doc.fields.name);
    const earlier = first.get(key);
    if (earlier === undefined) {
      first.set(key, file);
      return [];
    }
    return [{ file, line: source?.lineOf(["name"]), field: "name", message: `"${doc.fields.name}" is also the name in ${earlier}: a byline could not tell them apart; merge the two files, or tell the names apart (a middle initial)` }];
  });
}

/** How a byline name is compared with reporters' names and slugs: case, spacing and Unicode form aside. */
export const bylineKey = (name: string) => name.normalize("NFKC").trim().replace(/\s+/g, " ").toLowerCase();

/** Looks a byline name up among the reporters, by name or by slug. */
export function reporterFinder(authors: readonly Author[]): (name: string) => Author | undefined {
  const byKey = new Map<string, Author>();
  // Names first: a reporter's name wins over another's slug that happens to read the same.
  for (const author of authors) byKey.set(author.slug, author);
  for (const author of authors) byKey.set(bylineKey(author.name), author);
  return (name) => byKey.get(bylineKey(name));
}
