// Copies a built site into a folder a web server serves, so that readers never meet a page whose
// styles, scripts or images are not there yet: new and changed assets first, then the pages that
// use them, and only last the files the site no longer has (an unpublished story must come down).
// Nothing outside the destination is ever written or deleted, nor anything through a symbolic
// link, and a folder that holds something else is refused rather than emptied
// (./destination-rules.ts).
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { DEPLOY_MARKER, DEPLOY_MARKER_TEXT, notOursProblem, PAGE_EXTENSIONS, PAGE_NAMES, sharedFolderProblem, siteProblem } from "./destination-rules";

const PAGE = new RegExp(`\\.(${PAGE_EXTENSIONS.join("|")})$|(^|/)(${PAGE_NAMES.join("|")})$`);

export interface DeployReport {
  /** The files written, in the order they were written. */
  written: string[];
  assets: number;
  pages: number;
  removed: number;
  unchanged: number;
}

/** Every file under `dir`, relative, with forward slashes; symbolic links are not followed. */
function filesUnder(dir: string): string[] {
  return fs
    .readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() || entry.isSymbolicLink())
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)).split(path.sep).join("/"));
}

function sameBytes(a: string, b: string): boolean {
  const target = fs.lstatSync(b, { throwIfNoEntry: false });
  return target !== undefined && target.isFile() && target.size === fs.statSync(a).size && fs.readFileSync(a).equals(fs.readFileSync(b));
}

/** Why `site` must not be deployed into `destination`, if it must not. */
export function destinationProblem(site: string, destination: string): string | undefined {
  const from = path.resolve(site);
  const to = path.resolve(destination);
  const built = siteProblem(site);
  if (built) return built;
  const inside = (child: string, parent: string) => child === parent || child.startsWith(parent + path.sep);
  if (inside(to, from) || inside(from, to)) return `${destination} and ${site} overlap: deploy into a folder of its own`;
  return folderProblem(destination);
}

/** Why no site may be deployed into the folder `destination`, if none may: asked before a site is built for it too. */
export function folderProblem(destination: string): string | undefined {
  const to = path.resolve(destination);
  if (to === path.parse(to).root) return sharedFolderProblem(destination, "the root folder", "/var/www/news");
  if (to === os.homedir()) return sharedFolderProblem(destination, "the home folder", path.join(to, "news"));
  const existing = fs.lstatSync(to, { throwIfNoEntry: false });
  if (existing?.isSymbolicLink()) return `${destination} is a symbolic link: name the folder itself`;
  if (existing && !existing.isDirectory()) return `${destination} is a file, not a folder`;
  return existing ? notOursProblem(destination, fs.readdirSync(to)) : undefined;
}

/** Brings `destination` to exactly the files of `site`, in the order that never serves a page half-updated. */
export function copySite(site: string, destination: string): DeployReport {
  const from = path.resolve(site);
  const to = path.resolve(destination);
  fs.mkdirSync(to, { recursive: true });
  // Marked before the first copy: a deploy that stops halfway leaves a folder the next one may finish.
  replaceFile(path.join(to, DEPLOY_MARKER), (fresh) => fs.writeFileSync(fresh, DEPLOY_MARKER_TEXT, { flag: "wx" }));
  const files = filesUnder(from);
  const report: DeployReport = { written: [], assets: 0, pages: 0, removed: 0, unchanged: 0 };
  const copy = (file: string) => {
    const target = path.join(to, file);
    replaceLinkedFolders(to, file);
    if (sameBytes(path.join(from, file), target)) return false;
    fs.mkdirSync(path.dirname(target), { recursive: true });
    replaceFile(target, (fresh) => fs.copyFileSync(path.join(from, file), fresh, fs.constants.COPYFILE_EXCL));
    report.written.push(file);
    return true;
  };
  for (const file of files.filter((name) => !PAGE.test(name))) copy(file) ? report.assets++ : report.unchanged++;
  for (const file of files.filter((name) => PAGE.test(name))) copy(file) ? report.pages++ : report.unchanged++;

  const wanted = new Set([...files, DEPLOY_MARKER]);
  for (const file of filesUnder(to).filter((name) => !wanted.has(name))) {
    // Unlinked, never followed: a link is removed as itself.
    fs.unlinkSync(path.join(to, file));
    report.removed++;
  }
  removeEmptyFolders(to, to);
  return report;
}

/**
 * Has `write` create a file under a fresh name beside `target`, which it must create exclusively
 * (so that nothing already there, such as a planted link, is written through), then renames it
 * over `target`: a link there is replaced as itself, and a reader gets the old file or the new
 * one, never half of one. What a killed deploy leaves under such a name the next one removes.
 */
function replaceFile(target: string, write: (fresh: string) => void): void {
  const fresh = `${target}.deploying-${randomBytes(6).toString("hex")}`;
  write(fresh);
  fs.renameSync(fresh, target);
}

/** A symbolic link where `file`'s folders should be is removed, so nothing is written through it, outside the destination. */
function replaceLinkedFolders(root: string, file: string): void {
  const parts = file.split("/").slice(0, -1);
  for (let depth = 1; depth <= parts.length; depth++) {
    const folder = path.join(root, ...parts.slice(0, depth));
    if (fs.lstatSync(folder, { throwIfNoEntry: false })?.isSymbolicLink()) fs.unlinkSync(folder);
  }
}

function removeEmptyFolders(dir: string, root: string): void {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    if (entry.isDirectory()) removeEmptyFolders(path.join(dir, entry.name), root);
  }
  if (dir !== root && fs.readdirSync(dir).length === 0) fs.rmdirSync(dir);
}
