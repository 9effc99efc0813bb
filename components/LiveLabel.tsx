import type { LiveCoverage } from "@/lib/content/article";
import { formatMoment } from "@/lib/i18n/date-format";
import type { Labels } from "@/lib/i18n/labels";

/** "Live", while a story's coverage runs: a paragraph of its own above its headline, or `inline`, as in a list's kicker. */
export function LiveNow({ labels, inline = false }: { labels: Labels; inline?: boolean }) {
  const Tag = inline ? "strong" : "p";
  return <Tag className="live-label live-label-open">{labels.live.open}</Tag>;
}

/** Above a live story's headline: "Live" while the coverage runs, "Ended" and when, once it is over. */
export function LiveLabel({ live, labels }: { live: LiveCoverage; labels: Labels }) {
  if (live.ended === undefined) return <LiveNow labels={labels} />;
  return (
    <p className="live-label live-label-ended">
      {labels.live.ended} <time dateTime={live.ended}>{formatMoment(live.ended, labels)}</time>
    </p>
  );
}
