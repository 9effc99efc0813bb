// `npm run deploy -- <folder>`: the destination ends up with exactly the site's files, assets
// before the pages that use them and stale files removed last, and nothing outside it is touched.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { spawnSync } from "node:child_process";
import { describe, expect, it, onTestFinished } from "vitest";
import { copySite, DEPLOY_MARKER, destinationProblem } from "@/scripts/deploy/copy-site";
import { ROOT } from "./helpers";

function folder(files: Record<string, string> = {}): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "newsroom-deploy-"));
  onTestFinished(() => fs.rmSync(dir, { recursive: true, force: true }));
  for (const [name, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    fs.writeFileSync(path.join(dir, name), text);
  }
  return dir;
}

const contents = (dir: string) =>
  Object.fromEntries(
    fs
      .readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => [path.relative(dir, path.join(entry.parentPath, entry.name)), fs.readFileSync(path.join(entry.parentPath, entry.name), "utf8")]),
  );

const SITE = {
  "index.html": "<a href=/articles/a/>A</a>",
  "articles/a/index.html": "A",
  "articles/gone/index.html": "Unpublished since",
  "_next/static/site-1.css": "css 1",
  "images/photo.jpg": "jpeg",
  "feed.xml": "<rss/>",
  _headers: "/*\n  X: y\n",
};

describe("a deploy to a folder", () => {
  it("copies assets first, then pages, and removes what the site no longer has last", () => {
    const site = folder(SITE);
    const destination = path.join(folder(), "www");

    const first = copySite(site, destination);
    expect(contents(destination)).toEqual({ ...SITE, [DEPLOY_MARKER]: expect.any(String) });
    const firstPage = first.written.findIndex((file) => file.endsWith(".html") || file.endsWith(".xml") || file === "_headers");
    expect(first.written.slice(0, firstPage).sort()).toEqual(["_next/static/site-1.css", "images/photo.jpg"]);
    expect(first.written.slice(firstPage).every((file) => /\.(html|xml)$|_headers/.test(file))).toBe(true);

    // The next build: a story unpublished, the stylesheet renamed, the front page changed.
    fs.rmSync(path.join(site, "articles/gone"), { recursive: true });
    fs.renameSync(path.join(site, "_next/static/site-1.css"), path.join(site, "_next/static/site-2.css"));
    fs.writeFileSync(path.join(site, "index.html"), "<a href=/articles/a/>A, updated</a>");

    const second = copySite(site, destination);
    expect(second.written).toEqual(["_next/static/site-2.css", "index.html"]);
    expect(second).toMatchObject({ assets: 1, pages: 1, removed: 2, unchanged: 4 });
    expect(fs.existsSync(path.join(destination, "articles/gone"))).toBe(false);
    expect(fs.existsSync(path.join(destination, "_next/static/site-1.css"))).toBe(false);
  });

  it("refuses a folder that holds files it did not put there, and copies nothing", () => {
    const site = folder(SITE);
    const destination = folder({ "notes.txt": "someone's notes" });

    expect(destinationProblem(site, destination)).toBe(
      `${destination} already holds files this command did not put there; deploying would delete them. Deploy into an empty folder (or one deployed to before)`,
    );
    expect(destinationProblem(site, path.join(site, "copy"))).toMatch(/overlap: deploy into a folder of its own$/);
    expect(destinationProblem(folder(), destination)).toMatch(/holds no built site \(no index.html\): run npm run build first$/);
  });

  it("removes a symbolic link in the destination as a link, never what it points at", () => {
    const site = folder(SITE);
    const outside = folder({ "precious.txt": "keep me" });
    const destination = path.join(folder(), "www");
    copySite(site, destination);
    fs.symlinkSync(outside, path.join(destination, "stray-link"));
    fs.rmSync(path.join(destination, "images"), { recursive: true });
    fs.symlinkSync(outside, path.join(destination, "images"));

    copySite(site, destination);
    expect(contents(outside)).toEqual({ "precious.txt": "keep me" });
    expect(fs.lstatSync(path.join(destination, "images")).isDirectory()).toBe(true);
    expect(fs.existsSync(path.join(destination, "stray-link"))).toBe(false);
  });

  it("is one command, saying what it did", () => {
    const site = folder(SITE);
    const destination = path.join(folder(), "www");
    const run = spawnSync(process.execPath, [path.join(ROOT, "node_modules/tsx/dist/cli.mjs"), "scripts/deploy.ts", destination], {
      cwd: ROOT,
      env: { ...process.env, OUT_DIR: site },
      encoding: "utf8",
    });
    expect(run.stdout).toBe(
      `Deployed ${site}/ to ${destination}: 2 new or changed assets, then 5 pages, then 0 files the site no longer has removed (0 unchanged).\n`,
    );
    expect(run.status).toBe(0);
  }, 30_000);
});
