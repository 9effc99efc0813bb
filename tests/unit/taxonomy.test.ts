// Sections and tags as pages: one slug rule for any spelling and any script, and the articles of
// each term grouped across spellings.
import { describe, expect, it } from "vitest";
import { findTerm, groupByTerm, termSlug } from "@/lib/content/taxonomy";

const ZWNJ = "\u200c";

describe("termSlug", () => {
  it.each(["Iran", " IRAN ", "iran", "IRAN", "Iran\t"])("gives %j the one slug iran", (name) => {
    expect(termSlug(name)).toBe("iran");
  });

  it("joins words with a hyphen: Human rights -> human-rights", () => {
    expect(termSlug("Human rights")).toBe("human-rights");
    expect(termSlug("human-rights")).toBe("human-rights");
    expect(termSlug("Human   Rights")).toBe("human-rights");
  });

  it("collapses punctuation into single hyphens, none at the ends", () => {
    expect(termSlug("U.S. – Iran (talks)!")).toBe("u-s-iran-talks");
    expect(termSlug("--Iran--")).toBe("iran");
  });

  it("keeps digits", () => {
    expect(termSlug("Doha 2020")).toBe("doha-2020");
  });

  it("keeps Persian letters as they are", () => {
    expect(termSlug("طالبان")).toBe("طالبان");
    expect(termSlug("حقوق بشر")).toBe("حقوق-بشر");
  });

  it("keeps the zero-width non-joiner inside a Persian word", () => {
    const word = `می${ZWNJ}رود`;

    expect(termSlug(word)).toBe(word);
    expect(termSlug(word)).not.toBe(termSlug("میرود"));
  });

  it("treats compatibility forms as the letters they stand for (NFKC)", () => {
    expect(termSlug("ＩＲＡＮ")).toBe("iran");
  });

  it("is empty for a name with no letter or digit", () => {
    expect(termSlug("!!!")).toBe("");
    expect(termSlug(" — ")).toBe("");
  });

  it("drops a zero-width non-joiner at the end of a name", () => {
    expect(termSlug(`طالبان${ZWNJ}`)).toBe("طالبان");
  });
});

describe("groupByTerm", () => {
  // Newest first, as the loader hands articles over.
  const items = [
    { id: "newest", tags: ["IRAN", "Taliban"] },
    { id: "middle", tags: ["Human rights"] },
    { id: "oldest", tags: ["iran", "human-rights", "Iran"] },
  ];
  const terms = groupByTerm(items, (item) => item.tags);

  it("puts every spelling of a term on one page", () => {
    expect(terms.map((term) => term.slug)).toEqual(["human-rights", "iran", "taliban"]);
  });

  it("keeps the items newest first, each once", () => {
    expect(terms.find((term) => term.slug === "iran")!.items.map((item) => item.id)).toEqual(["newest", "oldest"]);
    expect(terms.find((term) => term.slug === "human-rights")!.items.map((item) => item.id)).toEqual(["middle", "oldest"]);
  });

  it("names the term as the newest item spells it", () => {
    expect(terms.map((term) => term.name)).toEqual(["Human rights", "IRAN", "Taliban"]);
  });

  it("is empty for no items", () => {
    expect(groupByTerm([], () => ["Iran"])).toEqual([]);
  });
});

describe("findTerm", () => {
  const terms = groupByTerm([{ tags: ["طالبان", "Human rights"] }], (item) => item.tags);

  it("finds a term by its slug", () => {
    expect(findTerm(terms, "human-rights")?.name).toBe("Human rights");
  });

  it("finds a term whose slug arrives percent-encoded", () => {
    expect(findTerm(terms, encodeURIComponent("طالبان"))?.name).toBe("طالبان");
    expect(findTerm(terms, "%D8%B7%D8%A7%D9%84%D8%A8%D8%A7%D9%86")?.name).toBe("طالبان");
  });

  it("finds nothing, without throwing, for a malformed encoding", () => {
    expect(findTerm(terms, "%E0%A4%A")).toBeUndefined();
  });

  it("finds nothing for a slug that is no term", () => {
    expect(findTerm(terms, "kabul")).toBeUndefined();
  });
});
