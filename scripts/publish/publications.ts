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

export interface Publications {
  folder: OutputFolder;
  /** One folder a publication, named as its version: the content it was built from, and when. */
  content: string;
}

export function publications(project: string): Publications {
  return { folder: outputFolder(path.join(project, "published"), project), content: path.join(project, "published.content") };
}

const momentSchema = z.object({ checkedAt: z.number() });
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

/** Copies `contentDir`, as read at `checkedAt`, to a folder to keep once its build is published. */
export function copyContent(where: Publications, contentDir: string, checkedAt: number): string {
  fs.mkdirSync(where.content, { recursive: true, mode: 0o700 });
  const copy = fs.mkdtempSync(path.join(where.content, ".incoming-"));
  fs.cpSync(contentDir, copy, { recursive: true });
  fs.writeFileSync(path.join(copy, MOMENT), JSON.stringify({ checkedAt }));
  return copy;
}

/** Keeps `copy` as the content of the live publication, and lets go of any publication's the build no longer keeps. */
export function keepContent(where: Publications, copy: string): void {
  const live = liveSite(where.folder);
  if (live) fs.renameSync(copy, path.join(where.content, path.basename(live)));
  const kept = new Set(fs.existsSync(where.folder.versions) ? fs.readdirSync(where.folder.versions) : []);
  for (const name of fs.readdirSync(where.content)) if (!kept.has(name)) fs.rmSync(path.join(where.content, name), { recursive: true, force: true });
}

/** Makes `site` the live publication again, in one switch of the link, as the build does. */
export function makeLive(where: Publications, site: string): void {
  const incoming = path.join(where.folder.versions, ".incoming");
  fs.rmSync(incoming, { force: true });
  fs.symlinkSync(path.relative(path.dirname(where.folder.out), site), incoming);
  fs.renameSync(incoming, where.folder.out);
}
