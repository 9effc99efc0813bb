// The article as the rest of the site sees it: a checked file's frontmatter, with what follows
// from it (status, direction, timeline order, latest change). Built from data alone, so that the
// same file checked at the same moment always makes the same article.
import type { CheckedFile } from "./article-file";
import { isBefore, isPublishedBy, publicationTime } from "./dates";
import { textDirection } from "./language";
import { readingMinutes } from "../render/reading-time";
import { liveTextWords, renderLiveText } from "../render/live-text";
import type { BodySection } from "../render/markdown";
import type { ArticleImage, Correction, Frontmatter, LiveUpdate, RelatedEvent } from "./schema";

/** Published, or left out of the built site: a draft, or scheduled for a later date. */
export type ArticleStatus = "published" | "draft" | "scheduled";

export interface TimelineEvent extends RelatedEvent {
  /** The page to read about the event on, when it has one on this site. */
  href?: string;
  /** The event this article reports. */
  isThisArticle: boolean;
}

/** One language's version of a story (the article itself included), tied by their translationKey. */
export interface ArticleVersion {
  slug: string;
  language: string;
  /** The edition it belongs to (lib/content/editions.ts). */
  edition: string;
  href: string;
  publishedAt: string;
}

/** Another article whose timeline includes this one. */
export interface TimelineMention {
  title: string;
  href: string;
}

/** A live story's coverage: what is known, its updates newest first, and when it ended, if it has. Its texts are HTML, from the editor's markdown. */
export interface LiveCoverage {
  summary: string;
  ended?: string;
  /** Newest first; `words` is the text without its markup. */
  updates: (LiveUpdate & { words: string })[];
}

export type Article = Omit<Frontmatter, "relatedEvents" | "corrections" | "live" | "updates"> & {
  slug: string;
  dir: "ltr" | "rtl";
  status: ArticleStatus;
  /** When the article last changed, for readers and search engines: its latest update or correction. */
  modifiedAt: string;
  sections: BodySection[];
  /** How long the body takes to read, in whole minutes. */
  readingMinutes: number;
  /** Related events, oldest first. */
  timeline: TimelineEvent[];
  /** Newest first. */
  corrections: Correction[];
  /** Present on a live story only. */
  live?: LiveCoverage;
  /** "Also in the timeline of": articles that list this one among their events. */
  mentionedIn: TimelineMention[];
  /**
   * Every version of this story a reader can open, this one included, in edition order; empty
   * when the story has no other version.
   */
  versions: ArticleVersion[];
};

export const isPublished = (article: Article) => article.status === "published";

/** The photos a story's page shows: its own, then its live updates'. The build treats each alike (lib/build/images.ts). */
export const storyPhotos = ({ image, live }: Pick<Article, "image" | "live">): ArticleImage[] => [
  ...(image ? [image] : []),
  ...(live?.updates.flatMap((update) => (update.image ? [update.image] : [])) ?? []),
];

/** A checked file's article as of `now` in the newsroom's time zone, not yet linked to the others. */
export function assembleArticle({ slug, frontmatter, sections, words }: NonNullable<CheckedFile["article"]>, now: number, timeZone: string): Article {
  const { relatedEvents, corrections, live, updates, ...fields } = frontmatter;
  const newestFirst = [...corrections].sort((a, b) => publicationTime(b.date) - publicationTime(a.date));
  // Stable: two updates of one moment keep the editor's order.
  const latestUpdates = [...updates].sort((a, b) => publicationTime(b.at) - publicationTime(a.at));
  const changes = [fields.updatedAt, newestFirst[0]?.date, latestUpdates[0]?.at].filter((date): date is string => date !== undefined);
  return {
    ...fields,
    slug,
    dir: textDirection(fields.language),
    status: fields.draft ? "draft" : isPublishedBy(fields.publishedAt, now, timeZone) ? "published" : "scheduled",
    modifiedAt: changes.reduce((latest, date) => (isBefore(latest, date) ? date : latest), fields.publishedAt),
    sections,
    readingMinutes: readingMinutes(words),
    // Stable: events ending at the same moment keep the editor's order.
    timeline: relatedEvents.map((event) => ({ ...event, isThisArticle: event.article === slug })).sort((a, b) => a.date.end - b.date.end),
    corrections: newestFirst,
    ...(live && {
      live: {
        summary: renderLiveText(live.summary).html,
        ...(live.ended !== undefined && { ended: live.ended }),
        updates: latestUpdates.map((entry) => ({ ...entry, text: renderLiveText(entry.text).html, words: liveTextWords(entry.text) })),
      },
    }),
    mentionedIn: [],
    versions: [],
  };
}

/** Newest first; stories of the same moment by headline, so every build lists them alike. */
export const newestFirst = (a: Article, b: Article) =>
  publicationTime(b.publishedAt) - publicationTime(a.publishedAt) || a.title.localeCompare(b.title);
