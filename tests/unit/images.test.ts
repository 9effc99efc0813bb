// Responsive images: what the page is told about a photo in public/, and the copies the build writes.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import sharp from "sharp";
import { afterAll, describe, expect, it, vi } from "vitest";
import { describeImage, MAX_PUBLISHED_SIDE, shareCopy, variantPath, variantWidths, writeImageVariants } from "@/lib/build/images";
import { articleMetadata } from "@/lib/publish/seo";
import { absoluteUrl } from "@/lib/site";
import { makeArticle } from "../component/article-data";
import { folder } from "../host/temp-folder";

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

// Encoding a photo's copies took most of the images step, for every photo on every build.
describe("a photo the last build published", () => {
  it("is taken from the build cache as it was encoded; a changed photo is encoded again", async () => {
    const publicDir = folder();
    vi.stubEnv("BUILD_CACHE_DIR", folder());
    try {
      const photo = (shade: number) =>
        sharp({ create: { width: 900, height: 600, channels: 3, background: { r: shade, g: 120, b: 40 } } }).jpeg().toFile(path.join(publicDir, "images", "harvest.jpg"));
      fs.mkdirSync(path.join(publicDir, "images"));
      await photo(200);
      // Each encoded file the cache holds, by name, with the inode it was written to: encoding again writes a new file.
      const kept = () => new Map(fs.readdirSync(path.join(process.env.BUILD_CACHE_DIR!, "images")).map((name) => [name, fs.statSync(path.join(process.env.BUILD_CACHE_DIR!, "images", name)).ino]));
      const built = () => {
        const to = folder();
        return writeImageVariants(["/images/harvest.jpg"], publicDir, to).then((written) => new Map(written.map((file) => [file, fs.readFileSync(path.join(to, file))])));
      };

      const first = await built();
      const encoded = kept();
      expect(encoded.size).toBe(3); // the original, and its copies 400 and 800 pixels wide
      const second = await built();
      expect(kept()).toEqual(encoded);
      expect(second).toEqual(first);

      await photo(60);
      const third = await built();
      expect([...kept().keys()].filter((name) => !encoded.has(name))).toHaveLength(3);
      expect(third.get(path.join("images", "harvest-400w.jpg"))).not.toEqual(first.get(path.join("images", "harvest-400w.jpg")));
    } finally {
      vi.unstubAllEnvs();
    }
  });
});

// A phone writes where a photo was taken into it: published as it was, that could lead to a source.
describe("a photo as the camera wrote it", () => {
  it("is published without its metadata, turned the way it is shown, a reporter's too; the original stays as it is", async () => {
    const publicDir = folder();
    const file = path.join(publicDir, "images", "checkpoint.jpg");
    fs.mkdirSync(path.dirname(file), { recursive: true });
    const gps = { GPSLatitudeRef: "N", GPSLatitude: "34/1 31/1 0/1", GPSLongitudeRef: "E", GPSLongitude: "69/1 10/1 0/1" };
    // 600 by 300 as stored, turned a quarter by the camera's orientation: 300 by 600 as shown.
    await sharp({ create: { width: 600, height: 300, channels: 3, background: { r: 90, g: 90, b: 90 } } })
      .jpeg()
      .withExif({ IFD0: { Make: "Phone", Model: "Model 7" }, IFD3: gps })
      .withMetadata({ orientation: 6 })
      .toFile(file);
    const before = fs.readFileSync(file);
    expect((await sharp(before).metadata()).exif?.toString("latin1")).toContain("Model 7");

    await writeImageVariants(["/images/checkpoint.jpg"], publicDir, out);
    const published = await sharp(path.join(out, "images/checkpoint.jpg")).metadata();
    expect(published.exif).toBeUndefined();
    expect([published.width, published.height, published.orientation]).toEqual([300, 600, undefined]);
    expect(fs.readFileSync(file).equals(before)).toBe(true);

    // A reporter's photo, shown small from its original: published without metadata, and no copies.
    fs.copyFileSync(file, path.join(publicDir, "images", "reporter.jpg"));
    const written = await writeImageVariants([], publicDir, out, ["/images/reporter.jpg"]);
    expect(written).toEqual([path.join("images", "reporter.jpg")]);
    expect((await sharp(path.join(out, "images/reporter.jpg")).metadata()).exif).toBeUndefined();
  });
});

describe("an animated image", () => {
  it("is published with every frame, not its first alone", async () => {
    const publicDir = folder();
    const frames = await Promise.all([0, 1, 2].map((i) => sharp({ create: { width: 40, height: 30, channels: 3, background: { r: i * 80, g: 0, b: 0 } } }).png().toBuffer()));
    fs.mkdirSync(path.join(publicDir, "images"));
    await sharp(frames, { join: { animated: true } }).webp().toFile(path.join(publicDir, "images", "map.webp"));

    await writeImageVariants(["/images/map.webp"], publicDir, out);
    expect((await sharp(path.join(out, "images/map.webp")).metadata()).pages).toBe(3);
  });
});

// A 6000-pixel phone photo was published as it was (7.7 MB) and was the image social sites fetched.
describe("a photo larger than the guide allows", () => {
  const publicDir = fs.mkdtempSync(path.join(os.tmpdir(), "newsroom-large-images-"));
  afterAll(() => fs.rmSync(publicDir, { recursive: true, force: true }));
  const photo = async (name: string, width: number, height: number) => {
    const file = path.join(publicDir, "images", name);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    await sharp({ create: { width, height, channels: 3, background: { r: 200, g: 120, b: 40 } } }).jpeg().toFile(file);
    return { src: `/images/${name}`, alt: "Bread in an oven", bytes: fs.readFileSync(file) };
  };
  const sizeOf = async (file: string) => {
    const { width, height } = await sharp(file).metadata();
    return [width, height];
  };

  it("is published shrunk to the limit, its srcset and size saying so; the original stays as it is", async () => {
    expect(MAX_PUBLISHED_SIDE).toBe(2400);
    const { bytes, ...image } = await photo("oven.jpg", 6000, 4000);
    const figure = await describeImage(image, publicDir);
    expect(figure).toMatchObject({ width: 2400, height: 1600 });
    expect(figure.srcSet?.split(", ").at(-1)).toBe("/images/oven.jpg 2400w");
    expect(figure.srcSet).toContain("/images/oven-1600w.jpg 1600w");

    const built = folder();
    await writeImageVariants([image.src], publicDir, built);
    expect(await sizeOf(path.join(built, "images/oven.jpg"))).toEqual([2400, 1600]);
    expect(fs.readFileSync(path.join(publicDir, "images/oven.jpg")).equals(bytes)).toBe(true);
  });

  it("standing upright, is shrunk until its height is within the limit", async () => {
    const { bytes: _bytes, ...image } = await photo("portrait.jpg", 3000, 4500);
    expect(await describeImage(image, publicDir)).toMatchObject({ width: 1600, height: 2400 });
    const built = folder();
    await writeImageVariants([image.src], publicDir, built);
    expect(await sizeOf(path.join(built, "images/portrait.jpg"))).toEqual([1600, 2400]);
  });

  it("gives social sites (og:image, and twitter:image from it) a copy 1200 pixels wide, with its size", async () => {
    const { bytes: _bytes, ...image } = await photo("market.jpg", 6000, 4000);
    const built = folder();
    await writeImageVariants([image.src], publicDir, built);
    const figure = await describeImage(image, publicDir);
    const { openGraph } = articleMetadata({ ...makeArticle("market", {}), image }, shareCopy(figure));
    expect(openGraph?.images).toEqual([{ url: absoluteUrl("/images/market-1200w.jpg"), alt: "Bread in an oven", width: 1200, height: 800 }]);
    expect(await sizeOf(path.join(built, "images/market-1200w.jpg"))).toEqual([1200, 800]);
  });

  it("no wider than 1200 pixels: social sites are given the photo itself", async () => {
    const { bytes: _bytes, ...image } = await photo("small.jpg", 1000, 600);
    expect(shareCopy(await describeImage(image, publicDir))).toEqual({ src: "/images/small.jpg", width: 1000, height: 600 });
  });
});
