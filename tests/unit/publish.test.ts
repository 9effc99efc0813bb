// Publishing a built folder: out becomes a link to it in one rename, the site it replaced is kept
// as the previous version and older ones go, and an old build's real out/ folder is taken over.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it, onTestFinished } from "vitest";
import { outputFolder, refusal } from "@/scripts/build/output-folder";
import { newVersion, prepareVersions, publish, removingFolder } from "@/scripts/build/publish";

function place() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "newsroom-publish-"));
  onTestFinished(() => fs.rmSync(dir, { recursive: true, force: true }));
  const folder = outputFolder(path.join(dir, "out"), dir);
  prepareVersions(folder);
  let built = 0;
  const site = (home: string) => {
    const files = path.join(dir, `built-${(built += 1)}`);
    fs.mkdirSync(files);
    for (const name of ["_headers", "404.html"]) fs.writeFileSync(path.join(files, name), name);
    fs.writeFileSync(path.join(files, "index.html"), home);
    return files;
  };
  const home = () => fs.readFileSync(path.join(folder.out, "index.html"), "utf8");
  const versions = () => fs.readdirSync(folder.versions).filter((name) => !name.startsWith("."));
  return { dir, folder, site, home, versions };
}

describe("publish", () => {
  it("makes out a link to the new version, keeps the one it replaced, and prunes the rest", async () => {
    const { folder, site, home, versions } = place();
    for (const edition of ["first", "second", "third"]) await publish(folder, site(edition), newVersion(folder));
    expect(fs.lstatSync(folder.out).isSymbolicLink()).toBe(true);
    expect(home()).toBe("third");
    expect(versions()).toHaveLength(2);
    // A relative link: the project can be moved or mounted elsewhere.
    expect(fs.readlinkSync(folder.out)).toMatch(/^out\.versions\//);
    expect(refusal(folder, "/nonexistent-project", [])).toBeUndefined();
  });

  it("moves the versions it prunes out at once, and removes them once the site is live, with what a remover that died left", async () => {
    const { folder, site, home, versions } = place();
    const removing = removingFolder(folder);
    await publish(folder, site("first"), newVersion(folder));
    await publish(folder, site("second"), newVersion(folder));
    const [oldest] = versions();
    const died = path.join(removing, `${spawnSync(process.execPath, ["-e", ""]).pid}-0badf00d`);
    fs.mkdirSync(path.join(died, "old-version"), { recursive: true });
    await publish(folder, site("third"), newVersion(folder));
    expect(home()).toBe("third");
    expect(versions()).toHaveLength(2);
    expect(versions()).not.toContain(oldest);
    await expect.poll(() => fs.existsSync(removing), { timeout: 15_000 }).toBe(false);
  });

  it("gives each new version its own name, sorting after the last, however quickly they come", () => {
    const { folder } = place();
    const names = Array.from({ length: 50 }, () => path.basename(newVersion(folder).version));
    expect(new Set(names).size).toBe(names.length);
    expect([...names].sort()).toEqual(names);
  });

  it("takes over an old build's real out/ folder, keeping it as the previous site", async () => {
    const { folder, site, home, versions } = place();
    fs.renameSync(site("from an old build"), folder.out);
    expect(refusal(folder, "/nonexistent-project", [])).toBeUndefined();
    await publish(folder, site("new"), newVersion(folder));
    expect(home()).toBe("new");
    const kept = versions().find((name) => name.endsWith("-before-versions"));
    expect(fs.readFileSync(path.join(folder.versions, kept!, "index.html"), "utf8")).toBe("from an old build");
  });
});
