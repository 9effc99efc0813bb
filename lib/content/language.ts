// Scripts written right to left; the primary subtag decides (fa-AF, ps-AF and ar-EG are all RTL).
const RTL_LANGUAGES = new Set(["ar", "ckb", "dv", "fa", "he", "prs", "ps", "sd", "ug", "ur", "yi"]);

export function isLanguageTag(tag: string): boolean {
  // Intl accepts any 5-8 letter word as a language ("English"); real primary subtags are 2-3 letters.
  if (!/^[a-z]{2,3}(?:-|$)/i.test(tag)) return false;
  try {
    return Intl.getCanonicalLocales(tag).length === 1;
  } catch {
    return false;
  }
}

export function textDirection(tag: string): "ltr" | "rtl" {
  return RTL_LANGUAGES.has(tag.split("-")[0].toLowerCase()) ? "rtl" : "ltr";
}

/** `lang` for text in `lang` inside a page in `pageLang`: only when they differ, so screen readers switch voice. */
export function langIfOther(lang: string, pageLang: string): string | undefined {
  return lang.split("-")[0].toLowerCase() === pageLang.split("-")[0].toLowerCase() ? undefined : lang;
}
