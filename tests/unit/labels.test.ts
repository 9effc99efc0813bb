import { describe, expect, it } from "vitest";
import { labelledLanguages, labelsFor, type Labels } from "@/lib/i18n/labels";

/** Every text a dictionary gives, with its functions called. */
function texts(labels: Labels): string[] {
  return Object.entries(labels).flatMap(([key, value]) => {
    if (key === "dates") return [];
    // A name is "X", a count 3: the functions that take a count take it alone or after a name.
    if (typeof value === "function") return [value(...(key === "readingTime" || key === "pageNumber" ? [3] : ["X", 3]))];
    if (typeof value === "object") return Object.values(value as Record<string, string>);
    return [value as string];
  });
}

describe("labels", () => {
  it("has every label in every language", () => {
    const english = Object.keys(labelsFor("en")).sort();
    for (const language of labelledLanguages) {
      expect(Object.keys(labelsFor(language)).sort(), language).toEqual(english);
      expect(texts(labelsFor(language)).filter((text) => text.trim() === ""), language).toEqual([]);
    }
  });

  it("writes Dari and Pashto labels in their own script, not in Latin letters", () => {
    for (const language of ["fa", "ps"]) {
      // "X" is the name passed in to the label functions, {count} and {query} the search page's
      // placeholders; nothing else may be Latin.
      const latin = texts(labelsFor(language)).filter((text) => /[A-Za-z]/.test(text.replace("X", "").replace(/\{(?:count|query)\}/g, "")));
      expect(latin, language).toEqual([]);
    }
  });

  it("chooses by the primary language subtag, and falls back to English", () => {
    expect(labelsFor("fa-AF").relatedEvents).toBe("رویدادهای مرتبط");
    expect(labelsFor("prs").relatedEvents).toBe("رویدادهای مرتبط");
    expect(labelsFor("ps-AF").relatedEvents).toBe("اړوندې پېښې");
    expect(labelsFor("PS").share).toBe("شریکول");
    expect(labelsFor("en-US").share).toBe("Share");
    expect(labelsFor("ar").share).toBe("Share");
  });

  it("counts reading time in the reader's digits", () => {
    expect(labelsFor("en").readingTime(12)).toBe("12 min read");
    expect(labelsFor("fa").readingTime(12)).toBe("۱۲ دقیقه خواندن");
    expect(labelsFor("ps").readingTime(3)).toBe("۳ دقیقې لوستل");
  });
});
