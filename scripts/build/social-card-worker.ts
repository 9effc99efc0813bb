// What each thread of the social cards step does: draw one card into the build cache.
import { socialCardPng } from "../../lib/build/social-card";
import type { CardText } from "../../lib/publish/seo";
import { threadTask } from "./in-parallel";

// Only the size comes back: the drawing stays in the cache, where Next.js's route reads it.
export const drawCard = threadTask(__filename, async (text: CardText) => (await socialCardPng(text)).byteLength);
