// The masthead's section links: every section with a published story, in the language its
// stories are written in (so a Dari section's name is announced in Dari).
import { getSections } from "./articles";
import { sectionPath } from "./site";

export interface NavLink {
  name: string;
  href: string;
  lang: string;
}

export function sectionLinks(): NavLink[] {
  return getSections().map((section) => ({ name: section.name, href: sectionPath(section.name), lang: section.items[0]?.language ?? "en" }));
}
