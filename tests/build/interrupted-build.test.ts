// A build killed at any point leaves out/ as the old site or the new one, never neither or a mix,
// and the next build recovers; a second build while one runs is refused. Each build stops at a
// named point (BUILD_PAUSE_AT, scripts/build/pause.ts) and is killed there with SIGKILL, which no
// process can clean up after.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildPausedAt, exited, runBuild } from "../host/build-site";

const work = fs.mkdtempSync(path.join(os.tmpdir(), "newsroom-interrupted-"));
const content = path.join(work, "content");
const out = path.join(work, "out");
const env = { CONTENT_DIR: content, OUT_DIR: out, BUILD_CACHE_DIR: path.join(work, "cache") };
const home = () => fs.readFileSync(path.join(out, "index.html"), "utf8");
const killedBuild = (pattern: RegExp, name: string) => {
  const pid = Number(pattern.exec(name)?.[1]);
  if (!pid) return false;
  try {
    return !process.kill(pid, 0);
  } catch {
    return true;
  }
};
const SECOND = "A second story, published by the next build";

afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

// Each case is a whole build or most of one: slow on a busy machine, never a test of speed.
describe("a build killed part-way", { timeout: 600_000 }, () => {
  beforeAll(() => {
    fs.cpSync(path.resolve("tests/fixtures/quoting-the-runtime/content"), content, { recursive: true });
    const first = runBuild(env);
    if (first.status !== 0) throw new Error(first.output);
    fs.writeFileSync(
      path.join(content, "articles/a-second-story.md"),
      `---\ntitle: ${SECOND}\nstandfirst: It appears only once a build has finished.\npublishedAt: 2025-11-06\nsection: Technology\ntags: [Web]\n---\n\nThe body.\n`,
    );
  }, 600_000);

  it.each([
    ["before next build", "old"],
    ["swap: new link made", "old"],
    ["swap: switched", "new"],
  ])("leaves out/ a whole site when killed at %j (%s)", async (point, expected) => {
    const build = await buildPausedAt(point, env);
    build.kill("SIGKILL");
    await exited(build);
    expect(home().includes(SECOND)).toBe(expected === "new");
    expect(fs.readFileSync(path.join(out, "_headers"), "utf8")).toMatch(/^\/\*\n/);
    expect(fs.existsSync(path.join(out, "404.html"))).toBe(true);
  });

  it("removes its private snapshot folder and its staged pages when stopped with SIGTERM, and leaves out/ as it was", async () => {
    const before = home();
    const build = await buildPausedAt("before next build", env);
    // Its folder is named after its process (other builds may be running beside it).
    const privateDirs = () => fs.readdirSync(os.tmpdir()).filter((name) => name.startsWith(`newsroom-snapshot-${build.pid}-`));
    const [privateDir] = privateDirs();
    expect(privateDirs()).toHaveLength(1);
    expect(fs.statSync(path.join(os.tmpdir(), privateDir, "content.json")).mode & 0o777).toBe(0o600);
    expect(fs.statSync(path.join(os.tmpdir(), privateDir)).mode & 0o777).toBe(0o700);
    // The kept pages, staged beside the folder Next.js will export to.
    const staging = `out.building-${build.pid}.kept`;
    expect(fs.existsSync(staging)).toBe(true);
    build.kill("SIGTERM");
    expect(await exited(build)).toBe(143);
    expect(privateDirs()).not.toContain(privateDir);
    expect(fs.existsSync(staging)).toBe(false);
    expect(home()).toBe(before);
  });

  it("refuses a second build of the project while one runs, and changes nothing", async () => {
    const before = home();
    const build = await buildPausedAt("before next build", env);
    try {
      const second = runBuild(env, { alongside: true });
      expect(second.output.trim()).toBe(`Nothing was built: another build of this project is running (process ${build.pid}). Wait for it to finish, then build again.`);
      expect(second.status).toBe(1);
      expect(home()).toBe(before);
    } finally {
      build.kill("SIGKILL");
      await exited(build);
    }
  });

  it("is recovered by the next build, which publishes and tidies up after the killed ones", async () => {
    const { status, output } = runBuild(env);
    expect(output).toContain("Site written to");
    expect(status).toBe(0);
    expect(home()).toContain(SECOND);
    // The live version, the one it replaced, and the marker: no half-made link, no abandoned version.
    const versions = () => fs.readdirSync(`${out}.versions`);
    expect(versions().filter((name) => !name.startsWith("."))).toHaveLength(2);
    // The versions it retired are removed once the site is live, by a process of their own.
    await expect.poll(() => versions().filter((name) => name.startsWith(".")), { timeout: 30_000 }).toEqual([".made-by-npm-run-build"]);
    // What the killed builds left (other builds may be running on this machine: theirs stay).
    expect(fs.readdirSync(process.cwd()).filter((name) => killedBuild(/^out\.building-(\d+)(\.kept)?$/, name))).toEqual([]);
    expect(fs.readdirSync(os.tmpdir()).filter((name) => killedBuild(/^newsroom-snapshot-(\d+)-/, name))).toEqual([]);
  });
});
