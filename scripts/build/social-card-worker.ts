// What each thread of the social cards step does: draw one card (or take it from the build cache)
// and write it where the build publishes it.
import fs from "node:fs";
import path from "node:path";
import { socialCardPng } from "../../lib/build/social-card";
import type { CardText } from "../../lib/publish/seo";
import { threadTask } from "./in-parallel";

// Only the size comes back: the drawing is in its file.
export const drawCard = threadTask(__filename, async ({ text, file }: { text: CardText; file: string }) => {
  const png = await socialCardPng(text);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, png);
  return png.byteLength;
});
