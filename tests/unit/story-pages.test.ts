import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { findStoryPage, numberedPageCount, STORIES_PER_PAGE, storyPageLinks, storyPagePath, storyPages } from "@/lib/enrich/story-pages";

const BASE = "/sections/afghanistan/";

/** Stories 1..count, newest first: story `count` is the newest. */
const stories = (count: number) => Array.from({ length: count }, (_, index) => count - index);

/** Every page a list publishes, by address: what it shows and where it links. */
function published(newestFirst: readonly number[], perPage: number): Map<string, string> {
  const pages = storyPages(newestFirst, perPage);
  return new Map(
    pages.map((page) => [storyPagePath(BASE, page.number), JSON.stringify({ items: page.items, links: storyPageLinks(BASE, pages.length - 1, page.number) })]),
  );
}

const perPage = fc.integer({ min: 1, max: 40 });
const count = fc.integer({ min: 0, max: 400 });

describe("storyPages", () => {
  it("puts every story on exactly one page, newest first from the first page to the oldest", () => {
    fc.assert(
      fc.property(count, perPage, (total, size) => {
        const list = stories(total);
        expect(storyPages(list, size).flatMap((page) => page.items)).toEqual(list);
      }),
    );
  });

  it("fills every numbered page, and leaves the first at least half a page and under one and a half", () => {
    fc.assert(
      fc.property(count, perPage, (total, size) => {
        const [first, ...numbered] = storyPages(stories(total), size);
        for (const page of numbered) expect(page.items).toHaveLength(size);
        if (numbered.length > 0) {
          expect(first.items.length).toBeGreaterThanOrEqual(Math.ceil(size / 2));
          expect(first.items.length).toBeLessThan(size + Math.ceil(size / 2));
        }
      }),
    );
  });

  it("numbers pages from the oldest: page 1 holds the first stories ever published", () => {
    fc.assert(
      fc.property(count, perPage, (total, size) => {
        const pages = storyPages(stories(total), size);
        expect(pages.map((page) => page.number)).toEqual([undefined, ...Array.from({ length: pages.length - 1 }, (_, index) => pages.length - 1 - index)]);
        for (const page of pages.slice(1)) expect(page.items.at(-1)).toBe((page.number! - 1) * size + 1);
      }),
    );
  });

  it("changes at most three pages when a story arrives: the first, a new numbered page and the one it follows", () => {
    fc.assert(
      fc.property(count, perPage, (total, size) => {
        const before = published(stories(total), size);
        const after = published(stories(total + 1), size);
        const changed = [...after].filter(([address, page]) => before.get(address) !== page).map(([address]) => address);
        expect(changed.length).toBeLessThanOrEqual(3);
        expect(changed).toContain(BASE);
        // No page disappears, so no address a reader kept stops working.
        for (const address of before.keys()) expect(after.has(address)).toBe(true);
      }),
    );
  });

  it("changes the stories of at most two pages when one arrives", () => {
    fc.assert(
      fc.property(count, perPage, (total, size) => {
        const itemsByNumber = (list: number[]) => new Map(storyPages(list, size).map((page) => [page.number, JSON.stringify(page.items)]));
        const before = itemsByNumber(stories(total));
        const after = itemsByNumber(stories(total + 1));
        expect([...after].filter(([number, items]) => before.get(number) !== items).length).toBeLessThanOrEqual(2);
      }),
    );
  });

  it("shows a short list on one page, and starts page 1 at 45 stories of 30", () => {
    expect(storyPages(stories(44))).toEqual([{ items: stories(44) }]);
    expect(numberedPageCount(45)).toBe(1);
    expect(storyPages(stories(45)).map((page) => [page.number, page.items.length])).toEqual([
      [undefined, 15],
      [1, STORIES_PER_PAGE],
    ]);
    expect(storyPages([])).toEqual([{ items: [] }]);
  });
});

describe("storyPageLinks", () => {
  it("links the first page to the newest numbered page, and each page to its neighbours and the first", () => {
    expect(storyPageLinks(BASE, 3)).toEqual({ current: BASE, first: BASE, older: `${BASE}page/3/` });
    expect(storyPageLinks(BASE, 3, 3)).toEqual({ number: 3, current: `${BASE}page/3/`, first: BASE, newer: BASE, older: `${BASE}page/2/` });
    expect(storyPageLinks(BASE, 3, 2)).toEqual({ number: 2, current: `${BASE}page/2/`, first: BASE, newer: `${BASE}page/3/`, older: `${BASE}page/1/` });
    expect(storyPageLinks(BASE, 3, 1)).toEqual({ number: 1, current: `${BASE}page/1/`, first: BASE, newer: `${BASE}page/2/` });
  });

  it("gives a list of one page no links to other pages", () => {
    expect(storyPageLinks(BASE, 0)).toEqual({ current: BASE, first: BASE });
  });

  it("reaches every page from the first by following older links", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 50 }), (numbered) => {
        const seen: string[] = [];
        let links = storyPageLinks(BASE, numbered);
        while (links.older) {
          seen.push(links.older);
          links = storyPageLinks(BASE, numbered, Number(/page\/(\d+)\/$/.exec(links.older)?.[1]));
        }
        expect(seen).toEqual(Array.from({ length: numbered }, (_, index) => storyPagePath(BASE, numbered - index)));
      }),
    );
  });
});

describe("findStoryPage", () => {
  const pages = storyPages(stories(80));

  it("finds a numbered page by the number in its address", () => {
    expect(findStoryPage(pages, "2")?.number).toBe(2);
  });

  it("finds nothing for a number the list has not reached, or one written another way", () => {
    for (const segment of ["3", "0", "02", "2x", "-1", "", "1e0"]) expect(findStoryPage(pages, segment), segment).toBeUndefined();
  });
});
