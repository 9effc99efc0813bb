import type { LiveCoverage } from "@/lib/content/article";
import { formatMoment } from "@/lib/i18n/date-format";
import type { Labels } from "@/lib/i18n/labels";
import { absoluteUrl, liveUpdatesPath, updatePath } from "@/lib/site";

/**
 * A live story's updates, newest first: each an article under its time (and headline), with a
 * permanent anchor (#update-<id>) and a link to it to share. While the coverage is open, and only
 * then, the page loads its own script (public/live-updates.js), which checks for new updates and
 * offers them in the notice; without JavaScript, a reload shows them.
 */
export function LiveUpdates({ slug, live, labels }: { slug: string; live: LiveCoverage; labels: Labels }) {
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
            <LiveUpdate slug={slug} update={update} labels={labels} />
          </li>
        ))}
      </ol>
      {open && <script src="/live-updates.js" defer />}
    </section>
  );
}

function LiveUpdate({ slug, update, labels }: { slug: string; update: LiveCoverage["updates"][number]; labels: Labels }) {
  const anchor = `update-${update.id}`;
  return (
    <article className="live-update" id={anchor} aria-labelledby={`${anchor}-title`}>
      <h3 id={`${anchor}-title`}>
        <time dateTime={update.at}>{formatMoment(update.at, labels)}</time>
        {/* The space keeps time and headline two words apart for screen readers; the column layout drops it. */}
        {update.headline && <> <span className="live-update-headline">{update.headline}</span></>}
      </h3>
      {update.reporter && <p className="live-update-by">{labels.by(update.reporter)}</p>}
      {update.image && (
        <figure className="live-update-image">
          {/* eslint-disable-next-line @next/next/no-img-element */}
          <img src={update.image.src} alt={update.image.alt} loading="lazy" decoding="async" />
          {(update.image.caption || update.image.credit) && (
            <figcaption>
              {update.image.caption}
              {update.image.caption && update.image.credit && " "}
              {update.image.credit && `${labels.photo}: ${update.image.credit}`}
            </figcaption>
          )}
        </figure>
      )}
      <div dangerouslySetInnerHTML={{ __html: update.text }} />
      <p className="live-update-link">
        <a href={absoluteUrl(updatePath(slug, update.id))}>{labels.live.linkToUpdate}</a>
      </p>
    </article>
  );
}
