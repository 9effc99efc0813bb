// Section and tag names become pages, so two names that look alike must be one name. Invisible
// characters and letters borrowed from another script make names that look the same and are not:
// "Iran" and "Iran" with a zero-width space inside would be two tag pages, as would "Iran" with a
// Greek capital iota (Ιran).

// Characters that show nothing inside a name: zero-width space and joiner, word joiner, byte order
// mark, combining grapheme joiner, variation selectors, bidi marks and controls, the Arabic letter
// mark, soft hyphen, Hangul fillers, the Mongolian vowel separator and tag characters. A name is
// a few words, where none of them is needed: the zero-width joiner's place is emoji sequences and
// a few Indic conjuncts, not a tag.
const INVISIBLE =
  /[\u00ad\u034f\u061c\u115f\u1160\u180e\u200b\u200d\u200e\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\u3164\ufe00-\ufe0f\ufeff\uffa0\u{e0000}-\u{e007f}\u{e0100}-\u{e01ef}]/u;

// The zero-width non-joiner (U+200C) is the other way: Persian and Pashto spell words with it
// ("می‌خواهم", "کتاب‌ها"), keeping two letters from joining. Between two Arabic-script letters it
// is part of the word; anywhere else (at an edge, beside a space or a Latin letter) it shows
// nothing and means nothing.
const STRAY_ZWNJ = /(?<!\p{Script=Arabic}\p{M}*)\u200c|\u200c(?!\p{Script=Arabic})/u;

const NAMES: Record<number, string> = {
  0x00ad: "soft hyphen",
  0x034f: "combining grapheme joiner",
  0x061c: "Arabic letter mark",
  0x200b: "zero-width space",
  0x200c: "zero-width non-joiner outside a Persian or Pashto word",
  0x200d: "zero-width joiner",
  0x200e: "left-to-right mark",
  0x200f: "right-to-left mark",
  0x2060: "word joiner",
  0xfeff: "byte order mark",
};

function nameOf(code: number): string {
  if (NAMES[code]) return NAMES[code];
  if ((code >= 0xfe00 && code <= 0xfe0f) || (code >= 0xe0100 && code <= 0xe01ef)) return "variation selector";
  if ((code >= 0x202a && code <= 0x202e) || (code >= 0x2066 && code <= 0x2069)) return "text-direction control";
  return "invisible character";
}

/** "U+200B (zero-width space) at character 3", when `name` holds an invisible character. */
export function invisibleCharacter(name: string): string | undefined {
  const match = INVISIBLE.exec(name) ?? STRAY_ZWNJ.exec(name);
  if (!match) return undefined;
  const code = match[0].codePointAt(0) ?? 0;
  return `U+${code.toString(16).toUpperCase().padStart(4, "0")} (${nameOf(code)}) at character ${[...name.slice(0, match.index)].length + 1}`;
}

const UNSEEN = new RegExp(`${INVISIBLE.source}|[\\u00a0\\u200c\\u2000-\\u200a\\u202f\\u205f\\u3000]`, "gu");

/** `text` with each character that shows nothing, or shows as a plain space, written <U+200B>, so a message can show it. */
export const showInvisible = (text: string) =>
  text.replace(UNSEEN, (character) => `<U+${(character.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, "0")}>`);

// The scripts whose letters are mistaken for each other; others mix in one word only by mistake too.
const SCRIPTS = ["Latin", "Greek", "Cyrillic", "Armenian", "Arabic", "Hebrew", "Devanagari", "Georgian", "Han", "Thai"];
const SCRIPT_TESTS = SCRIPTS.map((script) => [script, new RegExp(`\\p{Script=${script}}`, "u")] as const);

/** The first word of `name` written in letters of more than one script, and those scripts. */
export function mixedScriptWord(name: string): { word: string; scripts: string[] } | undefined {
  for (const word of name.split(/[^\p{L}\p{M}\u200c]+/u)) {
    const scripts = SCRIPT_TESTS.filter(([, test]) => test.test(word)).map(([script]) => script);
    if (scripts.length > 1) return { word, scripts };
  }
  return undefined;
}
