// Responsive images: what the page is told about a photo in public/, and the copies the build writes.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import sharp from "sharp";
import { afterAll, describe, expect, it } from "vitest";
import { describeImage, variantPath, variantWidths, writeImageVariants } from "@/lib/build/images";

const FIXTURE_PUBLIC = path.resolve(import.meta.dirname, "../fixtures/public");
const out = fs.mkdtempSync(path.join(os.tmpdir(), "newsroom-images-"));
afterAll(() => fs.rmSync(out, { recursive: true, force: true }));

describe("describeImage", () => {
  it("gives a public/ photo its size and a srcset of the narrower copies and itself", async () => {
    const image = await describeImage({ src: "/images/border-market.jpg", alt: "A market" }, FIXTURE_PUBLIC);
    expect(image).toMatchObject({ width: 1600, height: 1000, alt: "A market" });
    expect(image.srcSet?.split(", ")).toEqual([
      "/images/border-market-400w.jpg 400w",
      "/images/border-market-800w.jpg 800w",
      "/images/border-market-1200w.jpg 1200w",
      "/images/border-market.jpg 1600w",
    ]);
  });

  it("offers no srcset in preview, which has no copies, but still the size", async () => {
    const image = await describeImage({ src: "/images/border-market.jpg", alt: "A market" }, FIXTURE_PUBLIC, false);
    expect(image.srcSet).toBeUndefined();
    expect(image.width).toBe(1600);
  });

  it("leaves an image on another site as it is", async () => {
    expect(await describeImage({ src: "https://images.example.com/a.jpg", alt: "A" }, FIXTURE_PUBLIC)).toEqual({ src: "https://images.example.com/a.jpg", alt: "A" });
  });

  it("never makes copies wider than the original", () => {
    expect(variantWidths(900)).toEqual([400, 800]);
    expect(variantWidths(400)).toEqual([]);
    expect(variantPath("/images/a.b/photo.JPG", 800)).toBe("/images/a.b/photo-800w.JPG");
  });
});

describe("writeImageVariants", () => {
  it("writes each copy at its width, and the original when public/ is elsewhere", async () => {
    const written = await writeImageVariants(["/images/border-market.jpg", "/images/border-market.jpg", "https://x.example/a.jpg"], FIXTURE_PUBLIC, out);
    expect(written.sort()).toEqual(
      ["border-market.jpg", "border-market-400w.jpg", "border-market-800w.jpg", "border-market-1200w.jpg"].map((name) => path.join("images", name)).sort(),
    );
    const { width, height } = await sharp(path.join(out, "images/border-market-800w.jpg")).metadata();
    expect([width, height]).toEqual([800, 500]);
  });
});
