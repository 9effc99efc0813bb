import type { Article } from "@/lib/content/article";
import { formatPublicationDate } from "@/lib/i18n/date-format";
import { linkRel } from "@/lib/render/external-links";
import { labelsFor, type Labels } from "@/lib/i18n/labels";

type Credit = Pick<Article, "byline" | "source" | "location" | "publishedAt" | "updatedAt" | "corrections" | "readingMinutes">;

function listNames(names: string[], labels: Labels): string {
  return new Intl.ListFormat(labels.dates.locale, { style: "long", type: "conjunction" }).format(names);
}

/** Who reported it, from where, and when, and how long it takes to read: the line under the standfirst. */
export function CreditLine({ byline, source, location, publishedAt, updatedAt, corrections, readingMinutes, labels = labelsFor("en") }: Credit & { labels?: Labels }) {
  const date = (value: string) => <time dateTime={value}>{formatPublicationDate(value, labels.dates)}</time>;
  return (
    <div className="credit-line">
      {byline.length > 0 && <p className="byline">{labels.by(listNames(byline, labels))}</p>}
      {source && (
        <p className="source">
          {labels.reportingBy}{" "}
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
          {labels.published} {date(publishedAt)}
        </span>
        {updatedAt && (
          <span className="updated">
            <strong>{labels.updated}</strong> {date(updatedAt)}
          </span>
        )}
        {corrections.length > 0 && (
          <span>
            <a href="#corrections">{labels.corrected}</a> {date(corrections[0].date)}
          </span>
        )}
        <span className="reading-time">{labels.readingTime(readingMinutes)}</span>
      </p>
    </div>
  );
}
