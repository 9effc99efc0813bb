// Text as the search index holds it, and as a query is matched against it: Dari and Pashto are
// typed on keyboards that write the same word with different characters (the Arabic yeh and kaf,
// ي and ك, for the Persian ی and ک; with or without the zero-width non-joiner; with or without
// short-vowel marks). Both the index (scripts/build/search-index.ts) and the search page's script
// (public/search.js, which reads these rules from the page) fold text the same way, so a reader's
// keyboard never decides what is found.

/** Characters read as another: Arabic forms to the Persian ones Dari and Pashto are written with. */
export const SEARCH_FOLDS: Readonly<Record<string, string>> = {
  "\u064A": "\u06CC", // ي Arabic yeh -> ی Persian yeh
  "\u0649": "\u06CC", // ى alef maksura -> ی
  "\u0643": "\u06A9", // ك Arabic kaf -> ک keheh
  "\u06C0": "\u0647", // ۀ heh with yeh above -> ه (also typed as ه + hamza above, dropped below)
};

/**
 * Characters that change no word: short vowels and other marks (fatha to sukun, the hamza and
 * alef written above), the superscript alef, the tatweel that stretches a word, and the zero-width
 * non-joiner, which one writer types inside a word and another leaves out.
 */
export const SEARCH_DROPS = "[\u064B-\u065F\u0670\u0640\u200C]";

const drops = new RegExp(SEARCH_DROPS, "g");
const folds = new RegExp(`[${Object.keys(SEARCH_FOLDS).join("")}]`, "g");

/** `text` as the index holds it: the same word however it was typed. */
export function searchText(text: string): string {
  return text.normalize("NFC").replace(drops, "").replace(folds, (character) => SEARCH_FOLDS[character] ?? character);
}
