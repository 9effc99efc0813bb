// A long list of stories (a section's, a tag's, a reporter's) read as pages: the newest at the
// list's own address, the older ones on numbered pages of STORIES_PER_PAGE. Numbers count from
// the oldest stories, page 1 holding the first 30 ever published, so a numbered page keeps its
// number and its stories when new ones arrive: a new story changes the first page, and once every
// 30 stories a new numbered page appears (and the one before it gains a link to it). Bookmarks,
// search engines' copies and an incremental build's cache of every other page stay right.
// Numbered the other way (page 2 = the 30 after the newest), each new story would move one story
// across every page boundary and rewrite every page of the list.

export const STORIES_PER_PAGE = 30;

export interface StoryPage<T> {
  /** Counted from the oldest page, 1; the first page (the newest stories) has none. */
  number?: number;
  /** Newest first. */
  items: T[];
}

/** The links between one page and the others, as addresses. */
export interface StoryPageLinks {
  /** The page's number; none on the first page. */
  number?: number;
  /** The page's own address: its canonical URL. */
  current: string;
  /** The first page, the newest stories: the list's own address. */
  first: string;
  /** The next newer stories (rel=prev); none on the first page. */
  newer?: string;
  /** The next older stories (rel=next); none on the oldest page. */
  older?: string;
}

/**
 * How many numbered pages `stories` fill. The first page keeps what is left over, at least half a
 * page so that it never shows a story or two alone: between 15 and 44 stories at 30 a page.
 */
export function numberedPageCount(stories: number, perPage: number = STORIES_PER_PAGE): number {
  return Math.max(0, Math.floor((stories - Math.ceil(perPage / 2)) / perPage));
}

/** `newestFirst` as pages in reading order: the first page, then the numbered ones, newest first. */
export function storyPages<T>(newestFirst: readonly T[], perPage: number = STORIES_PER_PAGE): StoryPage<T>[] {
  const numbered = numberedPageCount(newestFirst.length, perPage);
  const onFirst = newestFirst.length - numbered * perPage;
  return [
    { items: newestFirst.slice(0, onFirst) },
    ...Array.from({ length: numbered }, (_, index) => {
      const start = onFirst + index * perPage;
      return { number: numbered - index, items: newestFirst.slice(start, start + perPage) };
    }),
  ];
}

/** The address of a list's page: `base` (the list's own address, ending in /) for the first. */
export function storyPagePath(base: string, number?: number): string {
  return number === undefined ? base : `${base}page/${number}/`;
}

/** Where page `number` of a list at `base` with `numbered` numbered pages links to. */
export function storyPageLinks(base: string, numbered: number, number?: number): StoryPageLinks {
  const at = (page?: number) => storyPagePath(base, page);
  if (number === undefined) return { current: base, first: base, ...(numbered > 0 && { older: at(numbered) }) };
  return {
    number,
    current: at(number),
    first: base,
    newer: number === numbered ? base : at(number + 1),
    ...(number > 1 && { older: at(number - 1) }),
  };
}

/** The page an address's segment names ("3"), or none: "03", "0" and "3x" name no page. */
export function findStoryPage<T>(pages: readonly StoryPage<T>[], segment: string): StoryPage<T> | undefined {
  if (!/^[1-9][0-9]*$/.test(segment)) return undefined;
  return pages.find((page) => page.number === Number(segment));
}

/** The page of a list at `base` that an address names (none: the first page), with its links; none for a page the list has not reached. */
export function storyPageAt<T>(newestFirst: readonly T[], base: string, segment?: string): { page: StoryPage<T>; links: StoryPageLinks } | undefined {
  const pages = storyPages(newestFirst);
  const page = segment === undefined ? pages[0] : findStoryPage(pages, segment);
  return page && { page, links: storyPageLinks(base, pages.length - 1, page.number) };
}

/** The address segments of a list's numbered pages: "1" to the last, for generateStaticParams. */
export function numberedPageSegments(stories: number): string[] {
  return Array.from({ length: numberedPageCount(stories) }, (_, index) => String(index + 1));
}
