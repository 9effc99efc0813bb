// The drawings a build keeps for the next one: drawn once for the same inputs, again when they
// change, and pruned when no build uses them any more.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { cachedDrawing, pruneBuildCache } from "@/lib/build/cache";

let dir: string;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "newsroom-cache-"));
  vi.stubEnv("BUILD_CACHE_DIR", dir);
});
afterEach(() => {
  vi.unstubAllEnvs();
  fs.rmSync(dir, { recursive: true, force: true });
});

const bytes = (...values: number[]) => async () => new Uint8Array(values).buffer;
const files = () => fs.readdirSync(dir, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile());

describe("cachedDrawing", () => {
  it("draws once for the same inputs, and keeps the bytes for the next build", async () => {
    const draw = vi.fn(bytes(1, 2, 3));
    expect([...(await cachedDrawing("cards", ["World", "A headline"], draw))]).toEqual([1, 2, 3]);
    expect([...(await cachedDrawing("cards", ["World", "A headline"], draw))]).toEqual([1, 2, 3]);
    expect(draw).toHaveBeenCalledTimes(1);
    expect(files()).toHaveLength(1);
  });

  it("draws again when anything it is drawn from changes", async () => {
    const draw = vi.fn(bytes(7));
    await cachedDrawing("cards", ["World", "A headline"], draw);
    await cachedDrawing("cards", ["World", "A corrected headline"], draw);
    expect(draw).toHaveBeenCalledTimes(2);
  });

  it("draws again a kept drawing that was changed, or moved from another's name, and keeps the new one", async () => {
    await cachedDrawing("cards", ["World", "A headline"], bytes(1, 2, 3));
    await cachedDrawing("cards", ["World", "Another headline"], bytes(4, 5, 6));
    const [one, other] = files().map((entry) => path.join(entry.parentPath, entry.name));
    const kept = fs.readFileSync(one);
    fs.writeFileSync(one, Buffer.concat([kept.subarray(0, -3), Buffer.from("bad")]));
    fs.writeFileSync(other, kept);

    const draw = vi.fn(bytes(7));
    expect([...(await cachedDrawing("cards", ["World", "A headline"], draw))]).toEqual([7]);
    expect([...(await cachedDrawing("cards", ["World", "Another headline"], draw))]).toEqual([7]);
    expect(draw).toHaveBeenCalledTimes(2);
    expect([...(await cachedDrawing("cards", ["World", "A headline"], draw))]).toEqual([7]);
    expect(draw).toHaveBeenCalledTimes(2);
  });

  it("still gives the drawing when the cache cannot be written", async () => {
    fs.writeFileSync(path.join(dir, "cards"), "a file where the folder would go");
    expect([...(await cachedDrawing("cards", ["x"], bytes(9)))]).toEqual([9]);
  });
});

describe("pruneBuildCache", () => {
  const age = (file: string) => fs.utimesSync(file, new Date(2020, 0, 1), new Date(2020, 0, 1));

  it("removes the drawings no build has used since the given time, and keeps those it has", async () => {
    await cachedDrawing("cards", ["old"], bytes(1));
    const [old] = files();
    age(path.join(old.parentPath, old.name));
    const since = Date.now() - 1000;
    await cachedDrawing("cards", ["new"], bytes(2));

    expect(pruneBuildCache("cards", since)).toBe(1);
    expect(files()).toHaveLength(1);
    const draw = vi.fn(bytes(2));
    await cachedDrawing("cards", ["new"], draw);
    expect(draw).not.toHaveBeenCalled();
  });

  it("removes what a stopped build left half-written, and nothing that is not its own", () => {
    fs.mkdirSync(path.join(dir, "cards"));
    const own = ["a.bin", "a.bin.123-0.partial"].map((name) => path.join(dir, "cards", name));
    const others = [path.join(dir, "cards", "notes.txt"), path.join(dir, "other-tool.bin")];
    for (const file of [...own, ...others]) {
      fs.writeFileSync(file, "x");
      age(file);
    }
    expect(pruneBuildCache("cards", Date.now())).toBe(2);
    expect(files().map((entry) => entry.name).sort()).toEqual(["notes.txt", "other-tool.bin"]);
  });

  it("does nothing before anything was drawn", () => {
    fs.rmSync(dir, { recursive: true });
    expect(pruneBuildCache("cards", Date.now())).toBe(0);
  });
});
