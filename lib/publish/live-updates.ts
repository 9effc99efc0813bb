// A live story's updates as data (out/articles/<slug>/updates.json), which an open page's script
// (public/live-updates.js) checks every minute: the ids tell it which updates the reader has not
// seen; the page itself, fetched again when the reader asks to see them, brings their text.
import type { Article } from "../content/article";
import { machineDate } from "../content/dates";
import { absoluteUrl, updatePath } from "../site";

interface LiveUpdatesData {
  /** Newest first. */
  updates: { id: string; at: string; url: string }[];
  ended?: string;
}

export function liveUpdatesData({ slug, live }: Pick<Article, "slug" | "live">): LiveUpdatesData | undefined {
  if (!live) return undefined;
  return {
    updates: live.updates.map(({ id, at }) => ({ id, at: machineDate(at), url: absoluteUrl(updatePath(slug, id)) })),
    ...(live.ended !== undefined && { ended: machineDate(live.ended) }),
  };
}

/** The live stories among `articles`: those with an updates file. */
export const liveStories = (articles: readonly Article[]) => articles.filter((article) => article.live);
