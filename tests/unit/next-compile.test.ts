// Clearing the last build's files from .next (scripts/build/next-compile.ts): Next.js's own state
// stays, the rest is gone from .next at once and removed while the build goes on, and what a killed
// build was removing is removed too, but never what a running build is.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { beforeEach, expect, it, vi } from "vitest";
import { clearDotNext } from "@/scripts/build/next-compile";

let project: string;
const dotNext = () => path.join(project, ".next");
const removing = () => path.join(dotNext(), "cache", "removing");
const write = (file: string) => {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, "x");
};

beforeEach(() => {
  project = fs.mkdtempSync(path.join(os.tmpdir(), "newsroom-next-compile-"));
  write(path.join(dotNext(), "server", "app", "articles", "a.html"));
  write(path.join(dotNext(), "BUILD_ID"));
  write(path.join(dotNext(), "cache", "images", "kept.webp"));
  write(path.join(dotNext(), "dev", "kept.json"));
});

it("leaves only Next.js's own state in .next, and removes the rest soon after", async () => {
  clearDotNext(project);
  expect(fs.readdirSync(dotNext()).sort()).toEqual(["cache", "dev"]);
  expect(fs.existsSync(path.join(dotNext(), "cache", "images", "kept.webp"))).toBe(true);
  expect(fs.existsSync(path.join(dotNext(), "dev", "kept.json"))).toBe(true);
  await vi.waitFor(() => expect(fs.readdirSync(removing())).toEqual([]), { timeout: 10_000 });
});

it("removes what a killed build was removing, but not what a running build is", async () => {
  const dead = spawnSync(process.execPath, ["-e", ""]).pid;
  write(path.join(removing(), `${dead}-0a1b2c3d`, "server", "page.html"));
  // Process 1 always runs.
  write(path.join(removing(), "1-0a1b2c3d", "server", "page.html"));
  clearDotNext(project);
  await vi.waitFor(() => expect(fs.readdirSync(removing())).toEqual(["1-0a1b2c3d"]), { timeout: 10_000 });
});

it("does nothing to a project that has no .next", () => {
  fs.rmSync(dotNext(), { recursive: true });
  clearDotNext(project);
  expect(fs.existsSync(dotNext())).toBe(false);
});
