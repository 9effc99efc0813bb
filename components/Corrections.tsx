import type { Article } from "@/lib/articles";
import { formatPublicationDate } from "@/lib/dates";

/** The corrections an article carries, newest first, where the reader finishes the body. */
export function Corrections({ corrections }: Pick<Article, "corrections">) {
  if (corrections.length === 0) return null;
  return (
    <section className="corrections" aria-labelledby="corrections">
      <h2 id="corrections">{corrections.length === 1 ? "Correction" : "Corrections"}</h2>
      <ol>
        {corrections.map((correction, index) => (
          <li key={index}>
            <time dateTime={correction.date}>{formatPublicationDate(correction.date)}</time>: {correction.text}
          </li>
        ))}
      </ol>
    </section>
  );
}
