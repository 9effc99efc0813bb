// When a scheduled story goes out, told to editors in the newsroom's time zone: the moment they
// typed, never the server's clock or UTC.
import type { Article } from "./article";
import { publicationMoment } from "./dates";

/** "Wed 2 December 2026 at 00:00 (Asia/Kabul)". */
export function describeMoment(moment: number, zone: string): string {
  const when = new Intl.DateTimeFormat("en-GB", {
    timeZone: zone,
    weekday: "short",
    day: "numeric",
    month: "long",
    year: "numeric",
    hour: "2-digit",
    minute: "2-digit",
    hourCycle: "h23",
  }).format(moment);
  return `${when} (${zone})`;
}

/** When `article` goes out, in words. */
export const goesOut = (article: Pick<Article, "publishedAt">, zone: string) => describeMoment(publicationMoment(article.publishedAt, zone), zone);
