// OUT_DIR names the folder the build replaces, so a mistyped value must never reach a write:
// each refused value is tried in a throwaway stand-in project (never this one, never a real home
// folder), and the whole throwaway tree is compared before and after to show nothing was written.
// Then the folders the build cannot write to: a path through a file (ENOTDIR), /proc, and, where
// this user may mount (root in CI's container), a read-only file system and a full disk.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { runBuild } from "../host/build-site";

const root = fs.mkdtempSync(path.join(os.tmpdir(), "newsroom-outdir-"));
const project = path.join(root, "project");
const home = path.join(root, "home");
for (const dir of ["content/articles", "public", "notes"]) fs.mkdirSync(path.join(project, dir), { recursive: true });
fs.writeFileSync(path.join(project, "content/articles/story.md"), "an editor's unpublished story");
fs.writeFileSync(path.join(project, "notes/plan.txt"), "someone's notes");
fs.writeFileSync(path.join(project, "a-file"), "not a folder");
fs.symlinkSync(path.join(project, "notes"), path.join(project, "a-link"));
fs.mkdirSync(path.join(project, "site.versions"));
fs.mkdirSync(home);
fs.writeFileSync(path.join(home, ".profile"), "someone's settings");

const tree = () =>
  fs
    .readdirSync(root, { recursive: true, withFileTypes: true })
    .map((entry) => `${path.relative(root, path.join(entry.parentPath, entry.name))} ${fs.lstatSync(path.join(entry.parentPath, entry.name)).mtimeMs}`)
    .sort();

afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

describe("the build's output folder", () => {
  it.each([
    ["", /OUT_DIR: must name the folder the site is published to; leave it unset for the default/],
    [" ", /OUT_DIR: must name the folder the site is published to/],
    [".", /OUT_DIR=.*\/project is the project or a folder that holds it; publishing there would delete it/],
    ["..", /is the project or a folder that holds it/],
    [root, /is the project or a folder that holds it/],
    ["content", /is inside or holds CONTENT_DIR/],
    ["content/articles/out", /is inside or holds CONTENT_DIR/],
    ["public", /is inside or holds PUBLIC_DIR/],
    [home, /is your home folder or holds it/],
    ["/", /is the root of the file system/],
    ["notes", /notes holds files this build did not make; move them away or choose another OUT_DIR/],
    ["a-file", /a-file is a file, not a site/],
    ["a-link", /a-link is a link this build did not make/],
    ["site", /site\.versions exists and was not made by npm run build/],
  ])("refuses OUT_DIR=%j before writing anything", (value, message) => {
    const before = tree();
    const { status, output } = runBuild({ OUT_DIR: value, HOME: home }, { project });
    expect(output).toMatch(message);
    expect(output).not.toMatch(/\n\s+at /);
    expect(status).toBe(1);
    expect(tree()).toEqual(before);
  });

  it("says in one line when the folder beside the output cannot be written, and writes nothing", () => {
    const before = tree();
    const throughFile = runBuild({ OUT_DIR: path.join(project, "a-file/out") }, { project });
    expect(throughFile.output.trim()).toMatch(/^Nothing was built: cannot read OUT_DIR=.*a-file\/out: part of the path is a file, not a folder \(ENOTDIR: .*\)\.$/);
    expect(throughFile.status).toBe(1);
    // Root may write almost anywhere (chmod 0555 does not stop it); /proc refuses new folders to anyone.
    const proc = runBuild({ OUT_DIR: "/proc/newsroom-out" }, { project });
    expect(proc.output.trim()).toMatch(/^Nothing was built: cannot write beside \/proc\/newsroom-out \(.*\((ENOENT|EACCES|EPERM): \/proc\/newsroom-out\.versions\)\)\.$/);
    expect(tree()).toEqual(before);
  });
});

// Mounting needs root (as in CI's container); elsewhere these are skipped, and say so.
const canMount = process.getuid?.() === 0 && spawnSync("mount", ["--version"]).status === 0;

describe.skipIf(!canMount)("a read-only or full file system for the output (mounted tmpfs)", () => {
  function mounted(options: string): string {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "newsroom-mount-"));
    const result = spawnSync("mount", ["-t", "tmpfs", "-o", options, "tmpfs", dir], { encoding: "utf8" });
    if (result.status !== 0) throw new Error(`mount failed: ${result.stderr}`);
    return dir;
  }
  const unmount = (dir: string) => {
    spawnSync("umount", [dir]);
    fs.rmdirSync(dir);
  };

  it("refuses a read-only file system in one line, before building", () => {
    const dir = mounted("ro,size=1m");
    try {
      const { status, output } = runBuild({ OUT_DIR: path.join(dir, "out") });
      expect(output.trim()).toMatch(/^Nothing was built: cannot write beside .*\(the file system is read-only \(EROFS: .*\)\)\.$/);
      expect(status).toBe(1);
    } finally {
      unmount(dir);
    }
  });

  it("stops on a full disk with one plain line, and leaves nothing of its own behind", () => {
    const dir = mounted("size=200k");
    try {
      const { status, output } = runBuild({ OUT_DIR: path.join(dir, "out"), CONTENT_DIR: path.resolve("tests/fixtures/content"), PUBLIC_DIR: path.resolve("tests/fixtures/public") });
      const last = output.trim().split("\n").at(-1);
      expect(last).toMatch(/^The build failed at "swap": the disk is full \(ENOSPC: .*\) Nothing was published to .*out\/\.$/);
      expect(output).not.toMatch(/\n\s+at /);
      expect(status).toBe(1);
      expect(fs.readdirSync(dir)).toEqual([]);
    } finally {
      unmount(dir);
    }
  });
});
