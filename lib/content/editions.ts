// One edition per language: English at /, Dari at /fa/, Pashto at /ps/. A language tag's primary
// subtag names its edition (fa-AF and fa are both Dari); the other codes for Dari and Pashto
// (prs, pbt, pbu) join the edition readers know by the common one. Kept beside the language
// rules, not with the labels, so that the content check can group versions without loading the
// dictionaries.

/** The edition whose front page is the site's root. */
export const MAIN_EDITION = "en";

const SAME_EDITION: Record<string, string> = { prs: "fa", pbt: "ps", pbu: "ps" };

/** The edition an article in `language` belongs to: its primary subtag, lowercased. */
export function editionOf(language: string): string {
  const primary = language.split("-")[0].toLowerCase();
  return SAME_EDITION[primary] ?? primary;
}

/** Editions in the order the masthead lists them: English, Dari, Pashto, then any other by code. */
export function byEditionOrder(a: string, b: string): number {
  const order = (code: string) => {
    const index = ["en", "fa", "ps"].indexOf(code);
    return index === -1 ? 3 : index;
  };
  return order(a) - order(b) || a.localeCompare(b);
}
