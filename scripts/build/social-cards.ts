// Run by scripts/build/steps.ts before `next build`: draws the social cards the build needs into
// the build cache, a thread a core. Next.js renders with one worker on a 2-core machine, and each
// card drawn there (about 15-20 ms of CPU) kept the other core idle; its route now finds them kept.
import fs from "node:fs";
import { z } from "zod";
import { isKeptCard } from "../../components/SocialCard";
import { cardText } from "../../lib/publish/seo";
import { inParallel } from "./in-parallel";
import { drawCard } from "./social-card-worker";

const file = process.argv[2];
if (!file) throw new Error("usage: tsx scripts/build/social-cards.ts <file of card texts>");
// A card that is not kept would be drawn again by the route: it is left to the route.
const texts = z.array(cardText).parse(JSON.parse(fs.readFileSync(file, "utf8"))).filter(isKeptCard);
const started = Date.now();
inParallel(drawCard, texts).then(
  (sizes) => console.log(`Social cards: ${sizes.length} ready for Next.js in ${((Date.now() - started) / 1000).toFixed(1)} s (drawn, or kept from an earlier build).`),
  (error: unknown) => {
    console.error(`Social cards: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  },
);
