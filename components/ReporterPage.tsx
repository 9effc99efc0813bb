import type { Article } from "@/lib/content/article";
import type { Author } from "@/lib/content/newsroom-files";
import type { StoryPageLinks as PageLinks } from "@/lib/enrich/story-pages";
import { labelsFor } from "@/lib/i18n/labels";
import { linkRel } from "@/lib/render/external-links";
import { ArticleBody } from "./ArticleBody";
import { ArticleList } from "./ArticleList";
import { StoryPageLinks } from "./StoryPageLinks";

interface ReporterPageProps {
  author: Author;
  /** This page's stories, newest first. */
  stories: Article[];
  /** Where this page is among the pages of their stories. */
  pages: PageLinks;
}

/**
 * A reporter: name, role, photo, bio, their profiles elsewhere, then their newest stories; the
 * older ones on numbered pages, which name the reporter and list the stories only.
 */
export function ReporterPage({ author, stories, pages }: ReporterPageProps) {
  if (pages.number !== undefined) {
    return (
      <div className="front-page">
        <h1>{labelsFor("en").numberedPage(author.name, pages.number)}</h1>
        <ArticleList articles={stories} />
        <StoryPageLinks links={pages} />
      </div>
    );
  }
  return (
    <div className="reporter-page">
      <header className="reporter-header">
        {author.image && (
          // A square crop of any photo, at the size it is shown: no layout shift, whatever the file.
          // eslint-disable-next-line @next/next/no-img-element
          <img className="reporter-photo" src={author.image.src} alt={author.image.alt} width={160} height={160} decoding="async" />
        )}
        <div>
          <h1>{author.name}</h1>
          {author.role && <p className="reporter-role">{author.role}</p>}
        </div>
      </header>
      <ArticleBody sections={author.bio} />
      {author.links.length > 0 && (
        <ul className="reporter-links">
          {author.links.map((link) => (
            <li key={link}>
              <a href={link} rel={linkRel(link)}>
                {new URL(link).hostname.replace(/^www\./, "")}
              </a>
            </li>
          ))}
        </ul>
      )}
      <h2 className="reporter-stories">Stories by {author.name}</h2>
      <ArticleList articles={stories} />
      <StoryPageLinks links={pages} />
    </div>
  );
}
