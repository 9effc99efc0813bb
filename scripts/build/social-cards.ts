// The social cards the build needs, drawn into the build cache before `next build`, a thread a core
// (in the content steps' process, scripts/build/content-steps.ts). Next.js renders with one worker
// on a 2-core machine, and each card drawn there (about 15-20 ms of CPU) kept the other core idle;
// its route now finds them kept.
import { isKeptCard } from "../../components/SocialCard";
import type { CardText } from "../../lib/publish/seo";
import { inParallel } from "./in-parallel";
import { drawCard } from "./social-card-worker";

/** Draws the cards of `texts` that are kept (a card that is not would be drawn again by the route: it is left to the route). */
export async function drawCardsAhead(texts: CardText[]): Promise<void> {
  const started = Date.now();
  const sizes = await inParallel(drawCard, texts.filter(isKeptCard));
  console.log(`Social cards: ${sizes.length} ready for Next.js in ${((Date.now() - started) / 1000).toFixed(1)} s (drawn, or kept from an earlier build).`);
}
