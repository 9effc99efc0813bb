// Which sentences of a story an update changes, for the summary `npm run publish` shows before
// anything goes live: an editor reads "was: ... / now: ..." for each sentence changed, rather than
// two whole stories. Sentences are cut where the language's own rules cut them (Intl.Segmenter),
// so a Dari or Pashto story is cut at its own full stops and question marks.

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
 * longest run of sentences both share stays put (a longest common subsequence), and what is left
 * between two shared sentences is paired off, old with new, so that a sentence rewritten reads as
 * one change rather than a removal and an addition.
 */
export function sentenceChanges(before: readonly string[], after: readonly string[]): SentenceChange[] {
  // common[i][j]: how many sentences before[i..] and after[j..] share, in order.
  const common = Array.from({ length: before.length + 1 }, () => new Array<number>(after.length + 1).fill(0));
  for (let i = before.length - 1; i >= 0; i--) {
    for (let j = after.length - 1; j >= 0; j--) {
      common[i][j] = before[i] === after[j] ? common[i + 1][j + 1] + 1 : Math.max(common[i + 1][j], common[i][j + 1]);
    }
  }
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
  let i = 0;
  let j = 0;
  while (i < before.length || j < after.length) {
    if (i < before.length && j < after.length && before[i] === after[j]) {
      pairOff();
      i++;
      j++;
    } else if (j >= after.length || (i < before.length && common[i + 1][j] >= common[i][j + 1])) {
      removed.push(before[i++]);
    } else {
      added.push(after[j++]);
    }
  }
  pairOff();
  return changes;
}
