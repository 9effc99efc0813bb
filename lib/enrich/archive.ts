// The archive by month: every month with a story, and that month's stories. A month is the
// calendar month of the publication date as the editor wrote it (a story at 01:00+04:30 on the
// 1st belongs to Kabul's month), so a finished month's page never changes.
import type { Article } from "../content/article";
import { calendarParts } from "../content/dates";

export interface ArchiveMonth {
  year: number;
  /** 1 to 12. */
  month: number;
  /** Newest first. */
  stories: Article[];
}

/** Months with stories, newest first; each month's stories newest first (as given). */
export function archiveMonths(articles: readonly Article[]): ArchiveMonth[] {
  const months = new Map<string, ArchiveMonth>();
  for (const article of articles) {
    const parts = calendarParts(article.publishedAt);
    if (!parts) continue;
    const [year, month] = parts;
    const key = `${year}-${month}`;
    const entry = months.get(key) ?? { year, month, stories: [] };
    entry.stories.push(article);
    months.set(key, entry);
  }
  return [...months.values()].sort((a, b) => b.year - a.year || b.month - a.month);
}
