// What the deploy's tests share: a small built site and throwaway folders, what a folder holds, and
// `npm run deploy` run as an operator runs it.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { BUILD_RECORD } from "../../scripts/build/build-record";
import { ROOT } from "../unit/helpers";
import { FIXTURE_SITE_URL } from "./fixture-sites";

export { folder } from "./temp-folder";

/** The files under `dir` (links and folders left out) and their text. */
export const contents = (dir: string) =>
  Object.fromEntries(
    fs
      .readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => [path.relative(dir, path.join(entry.parentPath, entry.name)), fs.readFileSync(path.join(entry.parentPath, entry.name), "utf8")]),
  );

/** `npm run deploy -- <destination>` of `site`, as an operator runs it, for a site whose address is `address` (null: none set). */
export function deploy(site: string, destination: string, address: string | null = FIXTURE_SITE_URL) {
  const { SITE_URL: _, ...env } = process.env;
  return spawnSync(process.execPath, [path.join(ROOT, "node_modules/tsx/dist/cli.mjs"), "scripts/deploy.ts", destination], {
    cwd: ROOT,
    // The project's content/site.yml sets no address, as the site ships; SITE_URL stands for one.
    env: { ...env, OUT_DIR: site, ...(address && { SITE_URL: address }) },
    encoding: "utf8",
  });
}

/** A built site, small: pages, a feed, the host rules, a stylesheet, an image, and what it was built for. */
export const SITE = {
  [BUILD_RECORD]: JSON.stringify({ builtFor: FIXTURE_SITE_URL, forTheWeb: true }),
  "index.html": "<a href=/articles/a/>A</a>",
  "articles/a/index.html": "A",
  "articles/gone/index.html": "Unpublished since",
  "_next/static/site-1.css": "css 1",
  "images/photo.jpg": "jpeg",
  "feed.xml": "<rss/>",
  _headers: "/*\n  X: y\n",
};
