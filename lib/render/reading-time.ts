// "4 min read": how long the body takes to read, from its words.
import type { BodySection } from "./markdown";

// A common figure for reading on screen; Persian and Pashto readers read about as many words.
const WORDS_PER_MINUTE = 200;

// A word: what stands between spaces, if it holds a letter or a digit (a dash alone is none).
const WORD = /\S*[\p{L}\p{N}]\S*/gu;
const TAG = /<[^>]*>/g;
const wordsIn = (text: string) => text.match(WORD)?.length ?? 0;

// Counted once, as the file is checked, and kept with its result (lib/build/check-entry.ts) and in
// the build's snapshot: every process that loaded the content counted every story's words again,
// 0.2 s at 5,000 stories in each. Matched in place, rather than the body joined, split and filtered.
export function countWords(sections: BodySection[]): number {
  // The HTML is the body as lib/render/markdown.ts rendered and sanitised it; tags only separate words.
  return sections.reduce((words, { heading, html }) => words + wordsIn(heading?.text ?? "") + wordsIn(html.replace(TAG, " ")), 0);
}

/** Whole minutes, at least one, for a body of `words` (countWords). */
export function readingMinutes(words: number): number {
  return Math.max(1, Math.round(words / WORDS_PER_MINUTE));
}
