// The masthead's links: every edition, by its own name, and every section of the edition the
// page is in, in the language the reader sees it in (so a Dari section's name is announced in Dari).
import type { Article } from "../content/article";
import { MAIN_EDITION } from "../content/editions";
import type { Term } from "../content/taxonomy";
import { editionName } from "../i18n/labels";
import { sectionName } from "../i18n/section-names";
import { editionPath, sectionPath } from "../site";

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
