// Dari and Pashto are found however a reader's keyboard types them: the index and the query are
// folded alike (lib/render/search-text.ts).
import { describe, expect, it } from "vitest";
import { searchText } from "@/lib/render/search-text";

describe("searchText", () => {
  it.each([
    ["the Arabic yeh and kaf as the Persian ones", "كتاب يك", "کتاب یک"],
    ["the alef maksura as the Persian yeh", "موسى", "موسی"],
    ["a word with the zero-width non-joiner as the same word without it", "کتاب\u200cخانه", "کتابخانه"],
    ["short vowels and other marks as the bare letters", "مُفِید", "مفید"],
    ["heh with hamza, in either of its spellings, as heh", "خانۀ خانهٔ", "خانه خانه"],
    ["the tatweel as nothing", "کـــتاب", "کتاب"],
  ])("reads %s", (_, typed, folded) => {
    expect(searchText(typed)).toBe(folded);
  });

  it("leaves English and markup as they are", () => {
    const html = '<p class="x">Saffron harvest, Herat</p>';
    expect(searchText(html)).toBe(html);
  });
});
