// The masthead's links: every edition, by its own name, and every section of the edition the
// page is in, in the language the reader sees it in (so a Dari section's name is announced in Dari).
import type { Article } from "../content/article";
import { MAIN_EDITION } from "../content/editions";
import type { Term } from "../content/taxonomy";
import type { NewsroomPage } from "../content/newsroom-files";
import { editionName } from "../i18n/labels";
import { sectionName } from "../i18n/section-names";
import { archivePath, editionPath, pagePath, sectionPath, tagPath } from "../site";

export interface NavLink {
  name: string;
  href: string;
  lang: string;
  /** The language of the page it leads to, where that is the point of the link (an edition). */
  hreflang?: string;
}

export function sectionLinks(sections: Term<Article>[], edition: string = MAIN_EDITION): NavLink[] {
  return sections.map((section) => {
    const name = sectionName(section.name, edition);
    return { name, href: sectionPath(section.name, edition), lang: name === section.name ? (section.items[0]?.language ?? edition) : edition };
  });
}

/** Every edition's front page, by the edition's own name; none when the site has one edition only. */
export function editionLinks(editions: readonly string[]): NavLink[] {
  if (editions.length < 2) return [];
  return editions.map((code) => ({ name: editionName(code), href: editionPath(code, "/"), lang: code, hreflang: code }));
}

/** Every topic's page of an edition, each in the language its stories are written in. */
export function tagLinks(tags: Term<Article>[], edition: string = MAIN_EDITION): NavLink[] {
  return tags.map((term) => ({ name: term.name, href: tagPath(term.name, edition), lang: term.items[0]?.language ?? edition }));
}

/** The footer's links: the newsroom's own pages (who we are, how we correct), then the archive. */
export function footerLinks(pages: readonly Pick<NewsroomPage, "slug" | "title">[]): NavLink[] {
  return [...pages.map((page) => ({ name: page.title, href: pagePath(page.slug), lang: "en" })), { name: "Archive", href: archivePath(), lang: "en" }];
}
