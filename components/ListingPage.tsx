import type { ComponentProps } from "react";
import type { StoryPageLinks as PageLinks } from "@/lib/enrich/story-pages";
import { langIfOther } from "@/lib/content/language";
import { labelsFor } from "@/lib/i18n/labels";
import type { NavLink } from "@/lib/publish/navigation";
import { ArticleList } from "./ArticleList";
import { LinksUnderHeading } from "./LinksUnderHeading";
import { StoryPageLinks } from "./StoryPageLinks";

interface ListingPageProps {
  title: string;
  articles: ComponentProps<typeof ArticleList>["articles"];
  /** Where the stories a front page leaves out are: every section's page. */
  olderBySection?: NavLink[];
  /** The page's language: its edition's. */
  pageLang?: string;
  /** Where this page of a long list is among the others. */
  pages?: PageLinks;
}

/** A front: the home page, a section or a tag, with its stories newest first. */
export function ListingPage({ title, articles, olderBySection, pageLang = "en", pages }: ListingPageProps) {
  const labels = labelsFor(pageLang);
  return (
    <div className="front-page">
      <h1>{title}</h1>
      <ArticleList articles={articles} empty={labels.noArticles} />
      {pages && <StoryPageLinks links={pages} pageLang={pageLang} />}
      {olderBySection && (
        <LinksUnderHeading
          id="older-reporting"
          heading={labels.olderBySection}
          links={olderBySection.map((section) => ({ ...section, lang: langIfOther(section.lang, pageLang) }))}
        />
      )}
    </div>
  );
}
