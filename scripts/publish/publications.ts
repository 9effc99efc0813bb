// What `npm run publish` keeps of each publication, so that it can say what the next one changes
// and put the last one back. Its builds go to a folder of their own, published/ (the build's
// versions, scripts/build/publish.ts: the live publication and the one before it), never out/, so
// that a build to look at on this machine (npm start) is never taken for what readers have. Beside
// them, published.content/ keeps the content files each of the two was built from: private to
// this machine, never deployed (they may hold drafts and editors' notes).
import fs from "node:fs";
import path from "node:path";
import { z } from "zod";
import { readJsonRecord } from "../../lib/build/json-record";
import { liveSite, outputFolder, type OutputFolder } from "../build/output-folder";
import { linkTo } from "../build/publish";

export interface Publications {
  folder: OutputFolder;
  /** One folder a publication, named as its version: the content it was built from, and when. */
  content: string;
  /** Where the publication before the live one waits while a new one is built and deployed (holdPrevious). */
  held: string;
}

export function publications(project: string): Publications {
  return { folder: outputFolder(path.join(project, "published"), project), content: path.join(project, "published.content"), held: path.join(project, "published.held") };
}

const momentSchema = z.object({ checkedAt: z.number() });
/** The record, in each publication's content copy, of when its content was read. */
const MOMENT = "publication.json";

export interface Publication {
  /** The built site, as the build's versions folder holds it. */
  site: string;
  /** Its content files: content/ as it was when it was built. */
  contentDir: string;
  /** When its content was read: a story scheduled for later was not yet on the site. */
  checkedAt: number;
}

function publication(where: Publications, site: string): Publication | undefined {
  const contentDir = path.join(where.content, path.basename(site));
  const moment = readJsonRecord(path.join(contentDir, MOMENT), momentSchema);
  return moment && { site, contentDir, checkedAt: moment.checkedAt };
}

/** The publication readers have now, as far as this folder knows, if any. */
export function livePublication(where: Publications): Publication | undefined {
  const live = liveSite(where.folder);
  return live ? publication(where, live) : undefined;
}

/** The publication before the live one, which the build kept, if any. */
export function previousPublication(where: Publications): Publication | undefined {
  const live = liveSite(where.folder);
  if (!live || !fs.existsSync(where.folder.versions)) return undefined;
  const others = fs
    .readdirSync(where.folder.versions, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && path.join(where.folder.versions, entry.name) !== live)
    .map((entry) => path.join(where.folder.versions, entry.name));
  return others.length === 1 ? publication(where, others[0]) : undefined;
}

/** Every file under `dir` but hidden ones (a .git folder) and a publication's own record, relative, with forward slashes. */
function contentFiles(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)).split(path.sep).join("/"))
    .filter((file) => file !== MOMENT && !file.split("/").some((part) => part.startsWith(".")));
}

const bytesOf = (file: string) => (fs.existsSync(file) ? fs.readFileSync(file) : undefined);

/** The content files (relative, with forward slashes) that differ between two content folders, or that one has and the other not. */
export function changedFiles(a: string, b: string): string[] {
  const files = [...new Set([...contentFiles(a), ...contentFiles(b)])].sort();
  return files.filter((file) => {
    const [one, other] = [bytesOf(path.join(a, file)), bytesOf(path.join(b, file))];
    return !(one && other && one.equals(other));
  });
}

/** Copies `contentDir`, as read at `checkedAt`, to a folder to keep once its build is published. */
export function copyContent(where: Publications, contentDir: string, checkedAt: number): string {
  fs.mkdirSync(where.content, { recursive: true, mode: 0o700 });
  const copy = fs.mkdtempSync(path.join(where.content, ".incoming-"));
  fs.cpSync(contentDir, copy, { recursive: true });
  fs.writeFileSync(path.join(copy, MOMENT), JSON.stringify({ checkedAt }));
  return copy;
}

/** Keeps `copy` as the content of the live publication: from the moment its site is live here, before it is deployed, so that a deploy stopped part-way leaves a publication undo knows. */
export function keepContent(where: Publications, copy: string): void {
  const live = liveSite(where.folder);
  if (live) fs.renameSync(copy, path.join(where.content, path.basename(live)));
}

/** Removes the content copies of publications the build no longer keeps: once a publication is out, and the one before it no longer held. */
export function pruneContent(where: Publications): void {
  const kept = new Set(fs.existsSync(where.folder.versions) ? fs.readdirSync(where.folder.versions) : []);
  for (const name of fs.readdirSync(where.content)) if (!kept.has(name)) fs.rmSync(path.join(where.content, name), { recursive: true, force: true });
}

/** The publication before the live one, out of the build's reach, until the new one is out: `release` puts it back, `drop` lets it go. */
export interface Held {
  release(): void;
  drop(): void;
}

/**
 * Takes the publication before the live one out of the versions folder while a new one is built
 * and deployed: the build keeps only the live site and its own, so without this a build or deploy
 * that fails would leave nothing to undo to. Undefined when there is none.
 */
export function holdPrevious(where: Publications): Held | undefined {
  const previous = previousPublication(where);
  if (!previous) return undefined;
  const held = path.join(where.held, path.basename(previous.site));
  fs.mkdirSync(where.held, { recursive: true });
  fs.renameSync(previous.site, held);
  return {
    release: () => {
      fs.renameSync(held, previous.site);
      fs.rmSync(where.held, { recursive: true, force: true });
    },
    drop: () => fs.rmSync(where.held, { recursive: true, force: true }),
  };
}

/** Puts back a publication that a publish stopped part-way (Ctrl-C during the build) left held, unless another took its place. */
export function recoverHeld(where: Publications): void {
  if (!fs.existsSync(where.held)) return;
  for (const name of fs.readdirSync(where.held)) {
    if (liveSite(where.folder) && !previousPublication(where)) fs.renameSync(path.join(where.held, name), path.join(where.folder.versions, name));
  }
  fs.rmSync(where.held, { recursive: true, force: true });
}

/** Makes `site` the live publication again, in one switch of the link, as the build does. */
export function makeLive(where: Publications, site: string): void {
  fs.renameSync(linkTo(where.folder, site), where.folder.out);
}
