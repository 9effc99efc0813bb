import type { Article } from "@/lib/content/article";
import { formatPublicationDate } from "@/lib/i18n/date-format";
import { linkRel } from "@/lib/render/external-links";
import { labelsFor, type Labels } from "@/lib/i18n/labels";

type Credit = Pick<Article, "byline" | "source" | "location" | "publishedAt" | "updatedAt" | "corrections" | "readingMinutes">;

/** The names in the language's list form ("A, B and C"), each a link to its reporter's page when it has one. */
function Names({ names, labels, reporterPath }: { names: string[]; labels: Labels; reporterPath: (name: string) => string | undefined }) {
  const parts = new Intl.ListFormat(labels.dates.locale, { style: "long", type: "conjunction" }).formatToParts(names);
  let index = 0;
  return parts.map((part, i) => {
    if (part.type === "literal") return part.value;
    const href = reporterPath(names[index++]);
    return href ? (
      <a key={i} href={href}>
        {part.value}
      </a>
    ) : (
      part.value
    );
  });
}

// "By {names}": the label's words around the names, which may come first or last in a language.
const NAMES = "\u0000";

/**
 * Who reported it, from where, and when, and how long it takes to read: the line under the
 * standfirst. `reporterPath` gives a byline name's page, when the reporter has one.
 */
export function CreditLine({
  byline,
  source,
  location,
  publishedAt,
  updatedAt,
  corrections,
  readingMinutes,
  labels = labelsFor("en"),
  reporterPath = () => undefined,
}: Credit & { labels?: Labels; reporterPath?: (name: string) => string | undefined }) {
  const date = (value: string, searchMeta?: string) => (
    <time dateTime={value} data-pagefind-meta={searchMeta}>
      {formatPublicationDate(value, labels.dates)}
    </time>
  );
  const [before, after] = labels.by(NAMES).split(NAMES);
  return (
    <div className="credit-line" data-pagefind-ignore="">
      {byline.length > 0 && (
        <p className="byline">
          {before}
          <Names names={byline} labels={labels} reporterPath={reporterPath} />
          {after}
        </p>
      )}
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
          {labels.published} {date(publishedAt, "date")}
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
