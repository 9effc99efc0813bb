// The masthead's section links: every section with a published story, in the language its
// stories are written in (so a Dari section's name is announced in Dari).
import type { Article } from "../content/article";
import type { Term } from "../content/taxonomy";
import { sectionPath } from "../site";

export interface NavLink {
  name: string;
  href: string;
  lang: string;
}

export function sectionLinks(sections: Term<Article>[]): NavLink[] {
  return sections.map((section) => ({ name: section.name, href: sectionPath(section.name), lang: section.items[0]?.language ?? "en" }));
}
