import type { LiveCoverage } from "@/lib/content/article";
import { formatMoment } from "@/lib/i18n/date-format";
import type { Labels } from "@/lib/i18n/labels";

/** Above a live story's headline: "Live" while the coverage runs, "Ended" and when, once it is over. */
export function LiveLabel({ live, labels }: { live: LiveCoverage; labels: Labels }) {
  if (live.ended === undefined) return <p className="live-label live-label-open">{labels.live.open}</p>;
  return (
    <p className="live-label live-label-ended">
      {labels.live.ended} <time dateTime={live.ended}>{formatMoment(live.ended, labels)}</time>
    </p>
  );
}
