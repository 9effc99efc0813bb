// "Did you mean": the known name nearest a mistyped one, offered only when it is near enough to be
// what was meant (a far guess reads as nonsense; the list of names serves better then).
import { closest, distance } from "fastest-levenshtein";

export function closeGuess(word: string, known: readonly string[]): string | undefined {
  if (known.length === 0) return undefined;
  const guess = closest(word, [...known]);
  return distance(word.toLowerCase(), guess.toLowerCase()) <= Math.max(2, Math.floor(guess.length / 3)) ? guess : undefined;
}
