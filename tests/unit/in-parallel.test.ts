// Work spread over threads comes back whole and in order, and one item's error is the call's error.
import path from "node:path";
import { describe, expect, it } from "vitest";
import { formatPublicationDate } from "@/lib/i18n/date-format";
import { termSlug } from "@/lib/content/taxonomy";
import { inParallel } from "@/scripts/in-parallel";

const repo = path.resolve(import.meta.dirname, "../..");
const names = Array.from({ length: 250 }, (_, index) => `Topic Number ${index}`);

describe("inParallel", () => {
  it("gives each item's result in the items' order, across threads", async () => {
    expect(await inParallel(path.join(repo, "lib/content/taxonomy.ts"), "termSlug", names)).toEqual(names.map(termSlug));
  });

  it("gives the same for a few items, done in this thread", async () => {
    expect(await inParallel(path.join(repo, "lib/content/taxonomy.ts"), "termSlug", names.slice(0, 3))).toEqual(names.slice(0, 3).map(termSlug));
    expect(await inParallel(path.join(repo, "lib/content/taxonomy.ts"), "termSlug", [])).toEqual([]);
  });

  it("fails with the error of an item in any thread", async () => {
    const dates = Array.from({ length: 250 }, (_, index) => (index === 200 ? "5 January 2026" : "2025-12-25"));
    expect(formatPublicationDate("2025-12-25")).toBe("25 December 2025");
    await expect(inParallel(path.join(repo, "lib/i18n/date-format.ts"), "formatPublicationDate", dates)).rejects.toThrow("not a publication date: 5 January 2026");
  });
});
