// Clearing the last build's files from .next (scripts/build/next-compile.ts): Next.js's own state
// stays, the rest is gone from .next at once and removed while the build goes on, what a killed
// build was removing is removed too, but never what a running build is, nor anything a link leads to;
// and the compiles kept between builds, one a project, named after what they are made of.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeEach, expect, it, vi } from "vitest";
import type { CodeFingerprint } from "@/lib/build/code-fingerprint";
import { clearDotNext, compileIsSealed, compileKey, copyCompile, keepCompile, restoreCompile } from "@/scripts/build/next-compile";

let project: string;
const dotNext = () => path.join(project, ".next");
const removing = () => path.join(dotNext(), "cache", "removing");
const write = (file: string) => {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, "x");
};
const removed = (expected: string[]) => vi.waitFor(() => expect(fs.readdirSync(removing()).sort()).toEqual(expected), { timeout: 10_000 });
const deadPid = () => spawnSync(process.execPath, ["-e", ""]).pid;

beforeEach(() => {
  project = fs.mkdtempSync(path.join(os.tmpdir(), "newsroom-next-compile-"));
  write(path.join(dotNext(), "server", "app", "articles", "a.html"));
  write(path.join(dotNext(), "BUILD_ID"));
  write(path.join(dotNext(), "cache", "images", "kept.webp"));
  write(path.join(dotNext(), "dev", "kept.json"));
});
afterEach(() => fs.rmSync(project, { recursive: true, force: true }));

it("leaves only Next.js's own state in .next, moving the rest aside to be removed soon after", async () => {
  clearDotNext(project);
  expect(fs.readdirSync(dotNext()).sort()).toEqual(["cache", "dev"]);
  expect(fs.existsSync(path.join(dotNext(), "cache", "images", "kept.webp"))).toBe(true);
  expect(fs.existsSync(path.join(dotNext(), "dev", "kept.json"))).toBe(true);
  // Not yet removed: that waits for the build to go on.
  const [mine] = fs.readdirSync(removing());
  expect(mine).toMatch(new RegExp(`^${process.pid}-[0-9a-f]{8}$`));
  expect(fs.existsSync(path.join(removing(), mine, "server", "app", "articles", "a.html"))).toBe(true);
  await removed([]);
});

it("removes what a killed build was removing, even under this process's id, but not what a running build is", async () => {
  write(path.join(removing(), `${deadPid()}-0a1b2c3d`, "server", "page.html"));
  // In a fresh container a build often has the same process id as the killed one.
  write(path.join(removing(), `${process.pid}-0a1b2c3d`, "server", "page.html"));
  // Process 1 always runs.
  write(path.join(removing(), "1-0a1b2c3d", "server", "page.html"));
  write(path.join(removing(), "someone's-notes", "plan.txt"));
  clearDotNext(project);
  await removed(["1-0a1b2c3d", "someone's-notes"]);
});

it("follows no link out of .next: where the folder they would be moved to is a link, they are removed in place", () => {
  const elsewhere = fs.mkdtempSync(path.join(os.tmpdir(), "newsroom-elsewhere-"));
  try {
    write(path.join(elsewhere, `${deadPid()}-0a1b2c3d`, "precious.txt"));
    fs.rmSync(path.join(dotNext(), "cache"), { recursive: true });
    write(path.join(dotNext(), "cache", "images", "kept.webp"));
    fs.symlinkSync(elsewhere, removing());
    clearDotNext(project);
    expect(fs.readdirSync(dotNext()).sort()).toEqual(["cache", "dev"]);
    expect(fs.readdirSync(elsewhere)).toHaveLength(1);
    expect(fs.existsSync(path.join(elsewhere, fs.readdirSync(elsewhere)[0], "precious.txt"))).toBe(true);
  } finally {
    fs.rmSync(elsewhere, { recursive: true, force: true });
  }
});

it("does nothing to a project that has no .next", () => {
  fs.rmSync(dotNext(), { recursive: true });
  clearDotNext(project);
  expect(fs.existsSync(dotNext())).toBe(false);
});

const fingerprint = (code: string): CodeFingerprint => ({ code, packages: "lock", settings: "site", publicFiles: "images" });

it("names a compile after its project and code: settings and public files, rendered later, do not change it", () => {
  const key = compileKey("/site", fingerprint("a"), { compiledIn: [] });
  expect(compileKey("/site", { ...fingerprint("a"), settings: "other", publicFiles: "other" }, { compiledIn: [] })).toBe(key);
  expect(compileKey("/site", fingerprint("b"), { compiledIn: [] })).not.toBe(key);
  expect(compileKey("/site", fingerprint("a"), { compiledIn: [["NEXT_PUBLIC_X", "1"]] })).not.toBe(key);
  // The project's part comes first, and is the same for any code.
  expect(compileKey("/copy", fingerprint("a"), { compiledIn: [] }).split(".")[0]).not.toBe(key.split(".")[0]);
  expect(compileKey("/site", fingerprint("b"), { compiledIn: [] }).split(".")[0]).toBe(key.split(".")[0]);
});

it("keeps one compile a project: its older one and its killed builds' copies go, other projects' and running builds' stay", () => {
  const compiles = path.join(project, "next-compile");
  const ours = compileKey("/site", fingerprint("new"), { compiledIn: [] });
  const older = compileKey("/site", fingerprint("old"), { compiledIn: [] });
  const theirs = compileKey("/copy", fingerprint("new"), { compiledIn: [] });
  for (const name of [older, theirs, `${older}.${deadPid()}.partial`, `${theirs}.1.partial`, `${ours}.1.partial`, "0123456789abcdefghijklmn", `${ours}.${process.pid}.partial`]) {
    write(path.join(compiles, name, "BUILD_ID"));
  }
  keepCompile(path.join(compiles, `${ours}.${process.pid}.partial`));
  // Process 1 always runs; the name without a project is an older build's, no one's.
  expect(fs.readdirSync(compiles).sort()).toEqual([ours, `${ours}.1.partial`, theirs, `${theirs}.1.partial`].sort());
  expect(fs.existsSync(path.join(compiles, ours, "BUILD_ID"))).toBe(true);
});

it("uses a kept compile only as it was sealed: no file changed, added or gone, no link led elsewhere", () => {
  fs.symlinkSync(path.join(project, "node_modules", "sharp"), path.join(dotNext(), "sharp-link"));
  const key = compileKey(project, fingerprint("a"), { compiledIn: [] });
  const kept = copyCompile(project, path.join(project, "cache"), key);
  if (!kept) throw new Error("not kept");
  expect(compileIsSealed(kept, key)).toBe(true);
  expect(compileIsSealed(kept, compileKey(project, fingerprint("b"), { compiledIn: [] }))).toBe(false);
  const page = path.join(kept, "server", "app", "articles", "a.html");
  const relink = (target: string) => {
    fs.rmSync(path.join(kept, "sharp-link"));
    fs.symlinkSync(target, path.join(kept, "sharp-link"));
  };
  const changes: [() => void, () => void][] = [
    [() => fs.appendFileSync(page, "<script>planted()</script>"), () => fs.writeFileSync(page, "x")],
    [() => write(path.join(kept, "server", "planted.js")), () => fs.rmSync(path.join(kept, "server", "planted.js"))],
    [() => fs.rmSync(page), () => write(page)],
    [() => relink("/tmp/planted"), () => relink(path.join(project, "node_modules", "sharp"))],
  ];
  for (const [change, undo] of changes) {
    change();
    expect(compileIsSealed(kept, key)).toBe(false);
    undo();
    expect(compileIsSealed(kept, key)).toBe(true);
  }
  // The seal stays with the kept compile: Next.js never sees it.
  expect(restoreCompile(project, kept)).toBe(true);
  expect(fs.readdirSync(dotNext()).sort()).toEqual(["BUILD_ID", "cache", "dev", "server", "sharp-link"]);
});
