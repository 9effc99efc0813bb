import { formatPublicationDate } from "@/lib/dates";
import type { Article } from "@/lib/articles";
import { linkRel } from "@/lib/external-links";
import { site } from "@/lib/site";

type Credit = Pick<Article, "byline" | "source" | "location" | "publishedAt" | "updatedAt" | "corrections">;

function listNames(names: string[]): string {
  return new Intl.ListFormat(site.locale, { style: "long", type: "conjunction" }).format(names);
}

/** Who reported it, from where, and when: the line under the standfirst. */
export function CreditLine({ byline, source, location, publishedAt, updatedAt, corrections }: Credit) {
  return (
    <div className="credit-line">
      {byline.length > 0 && <p className="byline">By {listNames(byline)}</p>}
      {source && (
        <p className="source">
          Reporting by{" "}
          {source.url ? (
            <a href={source.url} rel={linkRel(source.url)}>
              {source.name}
            </a>
          ) : (
            source.name
          )}
        </p>
      )}
      <p className="dates">
        {location && <span className="dateline">{location}</span>}
        <span>
          Published <time dateTime={publishedAt}>{formatPublicationDate(publishedAt)}</time>
        </span>
        {updatedAt && (
          <span>
            Updated <time dateTime={updatedAt}>{formatPublicationDate(updatedAt)}</time>
          </span>
        )}
        {corrections.length > 0 && (
          <span>
            <a href="#corrections">Corrected</a> <time dateTime={corrections[0].date}>{formatPublicationDate(corrections[0].date)}</time>
          </span>
        )}
      </p>
    </div>
  );
}
