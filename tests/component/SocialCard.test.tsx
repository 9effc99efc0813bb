// @vitest-environment node
// The preview card social sites show, drawn by next/og for real: a 1200x630 PNG, drawn once for
// the same text and again when the text changes (lib/build/cache.ts keeps the drawings).
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { socialCard } from "@/components/SocialCard";

let dir: string;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "newsroom-card-"));
  vi.stubEnv("BUILD_CACHE_DIR", dir);
});
afterEach(() => {
  vi.unstubAllEnvs();
  fs.rmSync(dir, { recursive: true, force: true });
});

const png = async (response: Response) => Buffer.from(await response.arrayBuffer());
const kept = () =>
  fs
    .readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.join(entry.parentPath, entry.name));

describe("socialCard", () => {
  it("draws a 1200x630 PNG of the kicker and headline", async () => {
    const response = await socialCard({ kicker: "World", headline: "Second anti-Taliban commander killed in Iran" });
    expect(response.headers.get("Content-Type")).toBe("image/png");
    const image = await png(response);
    expect(image.subarray(1, 4).toString()).toBe("PNG");
    expect([image.readUInt32BE(16), image.readUInt32BE(20)]).toEqual([1200, 630]);
  });

  it("is drawn once for the same text, and again when the kicker or the headline changes", async () => {
    const drawn = await png(await socialCard({ kicker: "World", headline: "A headline" }));
    expect(kept()).toHaveLength(1);
    // A drawing made again is written anew (a new file renamed over the old one): the same file is the one read.
    const { ino } = fs.statSync(kept()[0]);
    expect((await png(await socialCard({ kicker: "World", headline: "A headline" }))).equals(drawn)).toBe(true);
    expect(fs.statSync(kept()[0]).ino).toBe(ino);
    await socialCard({ kicker: "World", headline: "A corrected headline" });
    await socialCard({ kicker: "Afghanistan", headline: "A headline" });
    expect(kept()).toHaveLength(3);
  });

  it("is not kept when the headline has letters the bundled font lacks, which next/og must download", async () => {
    const image = await png(await socialCard({ kicker: "World", headline: "Talks in Doha (دوحه)" }));
    expect(image.subarray(1, 4).toString()).toBe("PNG");
    expect(kept()).toHaveLength(0);
  });
});
