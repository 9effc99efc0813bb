// The social cards the build needs, drawn into the build cache before `next build`, a thread a core
// (in the content steps' process, scripts/build/content-steps.ts). Next.js renders with one worker
// on a 2-core machine, and each card drawn there kept the other core idle; its route now finds
// them kept.
import { useCardFonts } from "../../lib/build/card-fonts";
import type { CardText } from "../../lib/publish/seo";
import { inParallel } from "./in-parallel";
import { drawCard } from "./social-card-worker";

/** Draws the cards of `texts` into the build cache. */
export async function drawCardsAhead(texts: CardText[]): Promise<void> {
  const started = Date.now();
  // Here, in the main thread, before any thread starts: fontconfig reads the process's environment.
  useCardFonts();
  const sizes = await inParallel(drawCard, texts);
  console.log(`Social cards: ${sizes.length} ready for Next.js in ${((Date.now() - started) / 1000).toFixed(1)} s (drawn, or kept from an earlier build).`);
}
