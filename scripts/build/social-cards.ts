// The social cards the build publishes, drawn (or taken from the build cache) into a folder of the
// build's own before `next build`, a thread a core, in the content steps' process
// (scripts/build/content-steps.ts), and put beside Next.js's export after it (steps.ts, "public
// files"), as the image copies are. Next.js has no route for them: it rendered each card in its one
// worker on a 2-core machine, reading back the drawing this step had made.
import path from "node:path";
import { useCardFonts } from "../../lib/build/card-fonts";
import { fileOfAddress } from "../../lib/build/page-keys";
import type { SocialCardAt } from "../../lib/publish/seo";
import { inParallel } from "./in-parallel";
import { drawCard } from "./social-card-worker";

/** Writes each of `cards` under `folder`, at the file its address names. */
export async function drawCards(cards: SocialCardAt[], folder: string): Promise<void> {
  const started = Date.now();
  // Here, in the main thread, before any thread starts: fontconfig reads the process's environment.
  useCardFonts();
  const sizes = await inParallel(
    drawCard,
    cards.map(({ address, text }) => ({ text, file: path.join(folder, fileOfAddress(address)) })),
  );
  console.log(`Social cards: ${sizes.length} written in ${((Date.now() - started) / 1000).toFixed(1)} s (drawn, or kept from an earlier build).`);
}
