import type { ReporterPage as ReporterPageData } from "@/lib/enrich/authors";
import { linkRel } from "@/lib/render/external-links";
import { ArticleBody } from "./ArticleBody";
import { ArticleList } from "./ArticleList";

/** A reporter: name, role, photo, bio, their profiles elsewhere, then every story of theirs, newest first. */
export function ReporterPage({ reporter: { author, stories } }: { reporter: ReporterPageData }) {
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
    </div>
  );
}
