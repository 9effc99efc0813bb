import type { Article } from "@/lib/content/article";
import { formatPublicationDate } from "@/lib/i18n/date-format";
import { labelsFor, type Labels } from "@/lib/i18n/labels";

/** The corrections an article carries, newest first, where the reader finishes the body. */
export function Corrections({ corrections, labels = labelsFor("en") }: Pick<Article, "corrections"> & { labels?: Labels }) {
  if (corrections.length === 0) return null;
  return (
    <section className="corrections" aria-labelledby="corrections">
      <h2 id="corrections">{corrections.length === 1 ? labels.correction : labels.corrections}</h2>
      <ol>
        {corrections.map((correction, index) => (
          <li key={index}>
            <time dateTime={correction.date}>{formatPublicationDate(correction.date, labels.dates)}</time>: {correction.text}
          </li>
        ))}
      </ol>
    </section>
  );
}
