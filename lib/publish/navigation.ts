// The masthead's section links: every section with a published story, in the language its
// stories are written in (so a Dari section's name is announced in Dari).
import type { Article } from "../content/article";
import type { Term } from "../content/taxonomy";
import type { NewsroomPage } from "../content/newsroom-files";
import { archivePath, pagePath, sectionPath, tagPath } from "../site";

export interface NavLink {
  name: string;
  href: string;
  lang: string;
}

export function sectionLinks(sections: Term<Article>[]): NavLink[] {
  return termLinks(sections, sectionPath);
}

/** Every topic's page, each in the language its stories are written in. */
export function tagLinks(tags: Term<Article>[]): NavLink[] {
  return termLinks(tags, tagPath);
}

function termLinks(terms: Term<Article>[], pathOf: (name: string) => string): NavLink[] {
  return terms.map((term) => ({ name: term.name, href: pathOf(term.name), lang: term.items[0]?.language ?? "en" }));
}

/** The footer's links: the newsroom's own pages (who we are, how we correct), then the archive. */
export function footerLinks(pages: readonly Pick<NewsroomPage, "slug" | "title">[]): NavLink[] {
  return [...pages.map((page) => ({ name: page.title, href: pagePath(page.slug), lang: "en" })), { name: "Archive", href: archivePath(), lang: "en" }];
}
