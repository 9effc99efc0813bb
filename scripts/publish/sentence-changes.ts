// Which sentences of a story an update changes, for the summary `npm run publish` shows before
// anything goes live: an editor reads "was: ... / now: ..." for each sentence changed, rather than
// two whole stories. Sentences are cut where the language's own rules cut them (Intl.Segmenter),
// so a Dari or Pashto story is cut at its own full stops and question marks.
import { diffArrays } from "diff";

export interface SentenceChange {
  /** The sentence as the live site has it; absent for a sentence added. */
  was?: string;
  /** The sentence as it will be; absent for a sentence removed. */
  now?: string;
}

/** The sentences of `blocks` (paragraphs, the headline, ...), in order, each trimmed. */
export function sentencesOf(blocks: readonly string[], language: string): string[] {
  const segmenter = new Intl.Segmenter(language, { granularity: "sentence" });
  return blocks.flatMap((block) =>
    [...segmenter.segment(block.replace(/\s+/g, " ").trim())].map(({ segment }) => segment.trim()).filter((sentence) => sentence.length > 0),
  );
}

/**
 * The sentences that differ between `before` and `after`, in the order a reader meets them: the
 * sentences both share stay put (jsdiff's diff of the two lists), and what is left between two
 * shared sentences is paired off, old with new, so that a sentence rewritten reads as one change
 * rather than a removal and an addition.
 */
export function sentenceChanges(before: readonly string[], after: readonly string[]): SentenceChange[] {
  const changes: SentenceChange[] = [];
  let removed: string[] = [];
  let added: string[] = [];
  const pairOff = () => {
    for (let k = 0; k < Math.max(removed.length, added.length); k++) {
      changes.push({ ...(k < removed.length && { was: removed[k] }), ...(k < added.length && { now: added[k] }) });
    }
    removed = [];
    added = [];
  };
  for (const part of diffArrays([...before], [...after])) {
    if (part.removed) removed.push(...part.value);
    else if (part.added) added.push(...part.value);
    else pairOff();
  }
  pairOff();
  return changes;
}
