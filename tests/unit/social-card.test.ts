// The preview card social sites show, drawn for real (lib/build/social-card.ts): a 1200x630 PNG
// under the byte budget, kept in the build cache, and for a Dari or Pashto story its own headline,
// shaped, compared with reference pictures that were looked at (tests/fixtures/social-cards/).
// After a change to the card's look, draw them again with UPDATE_CARD_REFERENCES=1, look at each,
// and commit them.
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import sharp from "sharp";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { socialCardPng } from "@/lib/build/social-card";
import { type CardText } from "@/lib/publish/seo";
import { budget } from "@/scripts/bench/performance-budget";
import { storyCard } from "../host/story-card";

let dir: string;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "newsroom-card-"));
  vi.stubEnv("BUILD_CACHE_DIR", dir);
});
afterEach(() => {
  vi.unstubAllEnvs();
  fs.rmSync(dir, { recursive: true, force: true });
});

const kept = () =>
  fs
    .readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.join(entry.parentPath, entry.name));

const REFERENCES = "tests/fixtures/social-cards";

// As the page screenshots are compared (tests/e2e/visual.spec.ts): at most 0.5% of the pixels may
// differ, each by more than a fifth of the range, so that a new version of the libraries drawing
// the card may move an edge, but a letter missing, unjoined or on the wrong side fails.
const CHANNEL_TOLERANCE = 51;
const MAX_DIFFERENT = 0.005;

/** The share of pixels that differ between two PNGs of the same size. */
async function differentPixels(a: Uint8Array, b: Uint8Array): Promise<number> {
  const [first, second] = await Promise.all([a, b].map((png) => sharp(png).removeAlpha().raw().toBuffer({ resolveWithObject: true })));
  expect([second.info.width, second.info.height]).toEqual([first.info.width, first.info.height]);
  let different = 0;
  for (let at = 0; at < first.data.length; at += 3) {
    if ([0, 1, 2].some((channel) => Math.abs(first.data[at + channel] - second.data[at + channel]) > CHANNEL_TOLERANCE)) different += 1;
  }
  return different / (first.info.width * first.info.height);
}

/** Compares the card with its reference (or writes the reference, with UPDATE_CARD_REFERENCES=1). */
async function expectLikeReference(name: string, png: Uint8Array): Promise<void> {
  const reference = path.join(REFERENCES, `${name}.png`);
  if (process.env.UPDATE_CARD_REFERENCES === "1") {
    fs.mkdirSync(REFERENCES, { recursive: true });
    fs.writeFileSync(reference, png);
  }
  expect(await differentPixels(png, fs.readFileSync(reference)), `${name} against ${reference}`).toBeLessThanOrEqual(MAX_DIFFERENT);
}

const size = (png: Uint8Array) => {
  const bytes = Buffer.from(png);
  return [bytes.readUInt32BE(16), bytes.readUInt32BE(20)];
};

const MIXED: CardText = { kicker: "World", headline: "Qatar talks: the envoys meet again in «دوحه» after a month", lang: "en", dir: "ltr" };

describe("socialCardPng", () => {
  it("draws a 1200x630 PNG of the kicker and headline", async () => {
    const image = Buffer.from(await socialCardPng({ kicker: "World", headline: "Second anti-Taliban commander killed in Iran", lang: "en", dir: "ltr" }));
    expect(image.subarray(1, 4).toString()).toBe("PNG");
    expect(size(image)).toEqual([1200, 630]);
  });

  it("is drawn once for the same text, and again when the kicker, the headline or its language changes", async () => {
    const text: CardText = { kicker: "World", headline: "A headline", lang: "en", dir: "ltr" };
    const drawn = await socialCardPng(text);
    expect(kept()).toHaveLength(1);
    // A drawing made again is written anew (a new file renamed over the old one): the same file is the one read.
    const { ino } = fs.statSync(kept()[0]);
    expect(Buffer.from(await socialCardPng(text)).equals(Buffer.from(drawn))).toBe(true);
    expect(fs.statSync(kept()[0]).ino).toBe(ino);
    await socialCardPng({ ...text, headline: "A corrected headline" });
    await socialCardPng({ ...text, kicker: "Afghanistan" });
    await socialCardPng({ ...text, lang: "en-GB" });
    expect(kept()).toHaveLength(4);
  });

  it("draws the same bytes afresh, with nothing kept: a full build and an incremental one publish the same card", async () => {
    const first = await socialCardPng(MIXED);
    fs.rmSync(dir, { recursive: true, force: true });
    expect(Buffer.from(await socialCardPng(MIXED)).equals(Buffer.from(first))).toBe(true);
  });

  it("draws the same card after its fonts' folder lost a font: the folder is made again, not left to the machine's fonts", async () => {
    const drawn = await socialCardPng(MIXED);
    const cache = path.resolve("node_modules/.cache");
    const folder = fs.readdirSync(cache).find((name) => name.startsWith("newsroom-card-fonts-") && !name.includes(".partial-"));
    expect(folder).toBeDefined();
    const fonts = path.join(cache, String(folder), "fonts");
    // The font of the quoted Dari word.
    fs.rmSync(path.join(fonts, "vazirmatn-arabic-400-normal.otf"));
    // A new process, as the next build is: this one has set its fonts up already.
    const out = path.join(dir, "card.png");
    const draw = `require("./lib/build/social-card").socialCardPng(${JSON.stringify(MIXED)}).then((png) => require("node:fs").writeFileSync(${JSON.stringify(out)}, Buffer.from(png)))`;
    execFileSync("node_modules/.bin/tsx", ["-e", draw], { env: { ...process.env, BUILD_CACHE_DIR: path.join(dir, "fresh") } });
    expect(fs.readFileSync(out).equals(Buffer.from(drawn))).toBe(true);
  });

  it("draws a Dari story's headline in Dari, right to left and joined, with its section in Dari", async () => {
    const text = storyCard("border-reopens-dari");
    expect(text).toMatchObject({ kicker: "افغانستان", dir: "rtl" });
    await expectLikeReference("dari", await socialCardPng(text));
  });

  it("draws a Pashto story's headline in Pashto, the zero-width non-joiner kept", async () => {
    const text = storyCard("border-reopens-pashto");
    expect(text.headline).toContain("\u200c");
    const card = await socialCardPng(text);
    await expectLikeReference("pashto", card);
    // Without the non-joiner, پوله and ییزه join: the reference tells the two apart.
    const joined = await socialCardPng({ ...text, headline: text.headline.replace("\u200c", "") });
    expect(await differentPixels(joined, card)).toBeGreaterThan(MAX_DIFFERENT);
  });

  it("draws a Dari word quoted in an English headline with the bundled fonts, joined, in its place", async () => {
    await expectLikeReference("mixed-script", await socialCardPng(MIXED));
  });

  it("keeps each card under its byte budget", async () => {
    for (const text of [MIXED, storyCard("border-reopens-dari"), storyCard("border-reopens-pashto"), storyCard("border-reopens")]) {
      expect((await socialCardPng(text)).byteLength, text.headline).toBeLessThan(budget.socialCardBytes);
    }
  });
});
