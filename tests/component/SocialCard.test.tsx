// @vitest-environment node
// The preview card social sites show, drawn by next/og for real: a 1200x630 PNG, drawn once for
// the same text and again when the text changes (lib/build-cache.ts keeps the drawings).
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
const kept = () => fs.readdirSync(dir, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile()).length;

describe("socialCard", () => {
  it("draws a 1200x630 PNG of the kicker and headline", async () => {
    const response = await socialCard({ kicker: "World", headline: "Second anti-Taliban commander killed in Iran" });
    expect(response.headers.get("Content-Type")).toBe("image/png");
    const image = await png(response);
    expect(image.subarray(1, 4).toString()).toBe("PNG");
    expect([image.readUInt32BE(16), image.readUInt32BE(20)]).toEqual([1200, 630]);
  });

  it("is drawn once for the same text, and again for a changed headline", async () => {
    const first = await png(await socialCard({ kicker: "World", headline: "A headline" }));
    expect(kept()).toBe(1);
    expect((await png(await socialCard({ kicker: "World", headline: "A headline" }))).equals(first)).toBe(true);
    expect(kept()).toBe(1);
    const corrected = await png(await socialCard({ kicker: "World", headline: "A corrected headline" }));
    expect(corrected.equals(first)).toBe(false);
    expect(kept()).toBe(2);
  });
});
