import type { FigureImage } from "@/lib/build/images";
import type { LiveCoverage } from "@/lib/content/article";
import { formatMoment } from "@/lib/i18n/date-format";
import type { Labels } from "@/lib/i18n/labels";
import { absoluteUrl, liveUpdatesPath, updateAnchor, updatePath } from "@/lib/site";
import { Figure } from "./Figure";

/**
 * A live story's updates, newest first: each an article under its time (and headline), with a
 * permanent anchor (#update-<id>) and a link to it to share. While the coverage is open, and only
 * then, the page loads its own script (public/live-updates.js; its comments are few, as it counts
 * against the pages' script budget). Each minute the tab is seen, it reads the story's updates.json
 * (and stops once that says the coverage ended, or is gone); updates the page lacks are offered in
 * the polite notice, and shown by fetching the page again and taking its label, summary and
 * updates, so readers see what the build wrote, but only once the fetched page has them all (a
 * cached or half-deployed page does not). Without JavaScript, a reload shows them. An update's photo is shown as
 * the story's is, from `figures` (by update id: its size and the build's narrower copies).
 */
export function LiveUpdates({ slug, live, figures, labels }: { slug: string; live: LiveCoverage; figures?: ReadonlyMap<string, FigureImage>; labels: Labels }) {
  const open = live.ended === undefined;
  return (
    <section className="live-updates" aria-labelledby="live-updates">
      <h2 id="live-updates">{labels.live.updates}</h2>
      {open && (
        // Filled by the script, announced politely; empty (and so silent) without it.
        <div
          className="live-notice"
          aria-live="polite"
          data-live-updates={liveUpdatesPath(slug)}
          data-new-one={labels.live.newOne}
          data-new-many={labels.live.newMany}
        />
      )}
      <ol className="live-update-list">
        {live.updates.map((update) => (
          <li key={update.id}>
            <LiveUpdate slug={slug} update={update} figures={figures} labels={labels} />
          </li>
        ))}
      </ol>
      {open && <script src="/live-updates.js" defer />}
    </section>
  );
}

function LiveUpdate({ slug, update, figures, labels }: { slug: string; update: LiveCoverage["updates"][number]; figures?: ReadonlyMap<string, FigureImage>; labels: Labels }) {
  const anchor = updateAnchor(update.id);
  return (
    <article className="live-update" id={anchor} aria-labelledby={`${anchor}-title`}>
      <h3 id={`${anchor}-title`}>
        <time dateTime={update.at}>{formatMoment(update.at, labels)}</time>
        {/* The space keeps time and headline two words apart for screen readers; the column layout drops it. */}
        {update.headline && <> <span className="live-update-headline">{update.headline}</span></>}
      </h3>
      {update.reporter && <p className="live-update-by">{labels.by(update.reporter)}</p>}
      {/* Below the fold: fetched as the reader nears it, not with the page. */}
      {update.image && <Figure image={figures?.get(update.id) ?? update.image} labels={labels} lazy />}
      <div dangerouslySetInnerHTML={{ __html: update.text }} />
      <p className="live-update-link">
        <a href={absoluteUrl(updatePath(slug, update.id))}>{labels.live.linkToUpdate}</a>
      </p>
    </article>
  );
}
