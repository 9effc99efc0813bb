import type { ComponentProps } from "react";
import { langIfOther } from "@/lib/language";
import type { NavLink } from "@/lib/navigation";
import { ArticleList } from "./ArticleList";

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
        <nav className="topics" aria-labelledby="older-reporting">
          <h2 id="older-reporting">Older reporting, by section</h2>
          <ul>
            {olderBySection.map((section) => (
              <li key={section.href}>
                <a href={section.href} lang={langIfOther(section.lang, "en")}>
                  {section.name}
                </a>
              </li>
            ))}
          </ul>
        </nav>
      )}
    </div>
  );
}
