// "4 min read": how long the body takes to read, from its words.
import type { BodySection } from "./markdown";

// A common figure for reading on screen; Persian and Pashto readers read about as many words.
const WORDS_PER_MINUTE = 200;

export function countWords(sections: BodySection[]): number {
  // The HTML is the body as lib/render/markdown.ts rendered and sanitised it; tags only separate words.
  const text = sections.map(({ heading, html }) => `${heading?.text ?? ""} ${html.replace(/<[^>]*>/g, " ")}`).join(" ");
  return text.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word)).length;
}

/** Whole minutes, at least one. */
export function readingMinutes(sections: BodySection[]): number {
  return Math.max(1, Math.round(countWords(sections) / WORDS_PER_MINUTE));
}
