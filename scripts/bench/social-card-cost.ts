// What drawing one social card costs, in CPU time, in one thread, with nothing kept: the figure
// that decides how long the build's social cards step takes for an archive without photos.
//   npx tsx scripts/bench/social-card-cost.ts [cards]      (default 200)
// next/og (satori), which drew the cards before lib/build/social-card.ts, cost about 41-47 ms a
// card on the 2-core development machine, measured the same way.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { socialCardPng } from "../../lib/build/social-card";
import type { CardText } from "../../lib/publish/seo";

const cards = Number(process.argv[2] ?? 200);
if (!Number.isInteger(cards) || cards < 1) throw new Error(`expected a number of cards, found ${process.argv[2]}`);

// A new folder: every card is drawn, none taken from an earlier run.
const cache = fs.mkdtempSync(path.join(os.tmpdir(), "newsroom-card-cost-"));
process.env.BUILD_CACHE_DIR = cache;

// Headlines of the lengths and scripts the site has: English, Dari (one quoting a Latin name), Pashto.
const kinds: ((n: number) => CardText)[] = [
  (n) => ({ kicker: "World", headline: `Second anti-Taliban commander killed in Iran, the ${n}th this year`, lang: "en", dir: "ltr" }),
  (n) => ({ kicker: "Economy", headline: `Bread prices rise in Kabul as flour doubles (${n})`, lang: "en", dir: "ltr" }),
  (n) => ({ kicker: "افغانستان", headline: `بازگشایی گذرگاه مرزی Torkham پس از ${n} روز`, lang: "fa-AF", dir: "rtl" }),
  (n) => ({ kicker: "افغانستان", headline: `پوله‌ییزه لاره له ${n} ورځو وروسته بیا پرانیستل شوه`, lang: "ps-AF", dir: "rtl" }),
];
const texts = Array.from({ length: cards }, (_, n) => kinds[n % kinds.length](n));

async function main() {
  // The first card sets up the fonts (fontconfig reads them once a process): not counted.
  await socialCardPng({ kicker: "Warm-up", headline: "Not counted", lang: "en", dir: "ltr" });
  const sizes: number[] = [];
  const cpu = process.cpuUsage();
  const started = performance.now();
  for (const text of texts) sizes.push((await socialCardPng(text)).byteLength);
  const used = process.cpuUsage(cpu);
  const wall = performance.now() - started;
  console.log(
    `${cards} cards: ${((used.user + used.system) / 1000 / cards).toFixed(1)} ms of CPU a card (${(wall / cards).toFixed(1)} ms wall); ` +
      `${(sizes.reduce((sum, size) => sum + size, 0) / cards / 1000).toFixed(1)} KB on average, ${(Math.max(...sizes) / 1000).toFixed(1)} KB the largest.`,
  );
}

main().finally(() => fs.rmSync(cache, { recursive: true, force: true }));
