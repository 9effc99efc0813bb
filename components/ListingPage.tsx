import type { ComponentProps } from "react";
import { langIfOther } from "@/lib/content/language";
import type { NavLink } from "@/lib/publish/navigation";
import { ArticleList } from "./ArticleList";
import { LinksUnderHeading } from "./LinksUnderHeading";

interface ListingPageProps {
  title: string;
  articles: ComponentProps<typeof ArticleList>["articles"];
  /** Where the stories a front page leaves out are: every section's page. */
  olderBySection?: NavLink[];
}

/** A front: the home page, a section or a tag, with its stories newest first. */
export function ListingPage({ title, articles, olderBySection }: ListingPageProps) {
  return (
    <div className="front-page">
      <h1>{title}</h1>
      <ArticleList articles={articles} />
      {olderBySection && (
        <LinksUnderHeading
          id="older-reporting"
          heading="Older reporting, by section"
          links={olderBySection.map((section) => ({ ...section, lang: langIfOther(section.lang, "en") }))}
        />
      )}
    </div>
  );
}
