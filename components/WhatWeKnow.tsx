import type { Labels } from "@/lib/i18n/labels";

/** A live story's summary, kept current by the editor; its HTML was sanitised in lib/render/. */
export function WhatWeKnow({ summary, labels }: { summary: string; labels: Labels }) {
  return (
    <section className="what-we-know" aria-labelledby="what-we-know">
      <h2 id="what-we-know">{labels.live.whatWeKnow}</h2>
      <div dangerouslySetInnerHTML={{ __html: summary }} />
    </section>
  );
}
