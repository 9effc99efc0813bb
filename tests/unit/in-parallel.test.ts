// Work spread over threads comes back whole and in order, and one item's error is the call's error.
import { describe, expect, it } from "vitest";
import { formatPublicationDate } from "@/lib/i18n/date-format";
import { termSlug } from "@/lib/content/taxonomy";
import { inParallel } from "@/scripts/build/in-parallel";
import { asyncSlugTask } from "./threads/async-slug-task";
import { dateTask } from "./threads/date-task";
import { slugTask } from "./threads/slug-task";

const names = Array.from({ length: 250 }, (_, index) => `Topic Number ${index}`);

// Threads load their module through tsx afresh: slow on a busy machine, never a test of speed.
describe("inParallel", { timeout: 30_000 }, () => {
  it("gives each item's result in the items' order, across threads", async () => {
    expect(await inParallel(slugTask, names)).toEqual(names.map(termSlug));
  });

  it("gives the same for a few items, done in this thread", async () => {
    expect(await inParallel(slugTask, names.slice(0, 3))).toEqual(names.slice(0, 3).map(termSlug));
    expect(await inParallel(slugTask, [])).toEqual([]);
  });

  it("fails with the error of an item in any thread", async () => {
    const dates = Array.from({ length: 250 }, (_, index) => (index === 200 ? "5 January 2026" : "2025-12-25"));
    expect(formatPublicationDate("2025-12-25")).toBe("25 December 2025");
    await expect(inParallel(dateTask, dates)).rejects.toThrow("not a publication date: 5 January 2026");
  });

  it("waits for an async task's items, giving them in order and failing with an item's error", async () => {
    expect(await inParallel(asyncSlugTask, names)).toEqual(names.map(termSlug));
    expect(await inParallel(asyncSlugTask, names.slice(0, 3))).toEqual(names.slice(0, 3).map(termSlug));
    await expect(inParallel(asyncSlugTask, names.map((name, index) => (index === 200 ? "" : name)))).rejects.toThrow("no name to make a slug of");
    await expect(inParallel(asyncSlugTask, [""])).rejects.toThrow("no name to make a slug of");
  });
});
