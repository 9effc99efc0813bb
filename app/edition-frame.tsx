// The frame of every page in an edition: its language and direction, its sections in the
// masthead, the links to every edition, and the newsroom's pages in the footer. English's layout, the other editions' and each
// article's (which speaks the article's own language tag) all use it.
import type { ReactNode } from "react";
import { PageFrame } from "@/components/PageFrame";
import { textDirection } from "@/lib/content/language";
import { editionLinks, footerLinks, sectionLinks } from "@/lib/publish/navigation";
import { getEdition, getEditions, getNewsroomPages } from "@/lib/site-content";

export function EditionFrame({ edition, lang = edition, children }: { edition: string; lang?: string; children: ReactNode }) {
  return (
    <PageFrame
      lang={lang}
      dir={textDirection(lang)}
      edition={edition}
      sections={sectionLinks(getEdition(edition).sections, edition)}
      editions={editionLinks(getEditions().map(({ code }) => code))}
      footerLinks={footerLinks(getNewsroomPages())}
    >
      {children}
    </PageFrame>
  );
}
