// Which folder the build may publish to. The build replaces what OUT_DIR names, so a mistyped
// value (empty, `.`, `..`, `content`, the home folder) must never reach a step that writes or
// deletes: it is refused here, before any work, unless it is a folder this build made (a link
// into its versions folder, which carries a marker), an old build's real out/ folder, or nothing yet.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

/** Where a site is published: `out` links to one folder in `versions` (scripts/build/publish.ts). */
export interface OutputFolder {
  out: string;
  versions: string;
  /** The file that marks `versions` as made by this build. */
  marker: string;
  /** `out` as the log names it: relative to the project when inside it. */
  shown: string;
}

const MARKER = ".made-by-npm-run-build";

export function outputFolder(out: string, project: string): OutputFolder {
  const versions = `${out}.versions`;
  const relative = path.relative(project, out);
  return { out, versions, marker: path.join(versions, MARKER), shown: relative.startsWith("..") || path.isAbsolute(relative) ? out : relative };
}

const isWithin = (inner: string, outer: string) => {
  const relative = path.relative(outer, inner);
  return relative === "" || (!relative.startsWith("..") && !path.isAbsolute(relative));
};

// What an earlier build (before versions) left as out/: the host's headers, the home and 404 pages.
const OLD_BUILD_FILES = ["_headers", "index.html", "404.html"];

/** Why the build must not publish to `folder`, or undefined if it may. Reads, never writes. */
export function refusal(folder: OutputFolder, project: string, kept: { name: string; dir: string }[]): string | undefined {
  const { out, versions, marker } = folder;
  const setting = `OUT_DIR=${out}`;
  if (path.dirname(out) === out) return `${setting} is the root of the file system; name a folder of its own, like out`;
  if (isWithin(project, out)) return `${setting} is the project or a folder that holds it; publishing there would delete it. Name a folder of its own, like out`;
  if (isWithin(os.homedir(), out)) return `${setting} is your home folder or holds it; name a folder of its own, like out`;
  for (const { name, dir } of kept) {
    if (isWithin(out, dir) || isWithin(dir, out)) return `${setting} is inside or holds ${name} (${dir}); name a folder of its own, like out`;
  }
  const versionsEntry = fs.lstatSync(versions, { throwIfNoEntry: false });
  if (versionsEntry && !(versionsEntry.isDirectory() && fs.existsSync(marker))) {
    return `${versions} exists and was not made by npm run build; move it away or choose another OUT_DIR`;
  }
  const entry = fs.lstatSync(out, { throwIfNoEntry: false });
  if (!entry) return undefined;
  if (entry.isSymbolicLink()) {
    const target = path.resolve(path.dirname(out), fs.readlinkSync(out));
    return versionsEntry && path.dirname(target) === versions ? undefined : `${out} is a link this build did not make; move it away or choose another OUT_DIR`;
  }
  if (!entry.isDirectory()) return `${out} is a file, not a site; move it away or choose another OUT_DIR`;
  const names = fs.readdirSync(out);
  if (names.length === 0 || OLD_BUILD_FILES.every((name) => names.includes(name))) return undefined;
  return `${out} holds files this build did not make; move them away or choose another OUT_DIR`;
}

/** The folder `out` now serves, if any: a version, or an old build's real folder. */
export function liveSite(folder: OutputFolder): string | undefined {
  const entry = fs.lstatSync(folder.out, { throwIfNoEntry: false });
  if (!entry) return undefined;
  if (entry.isSymbolicLink()) return path.resolve(path.dirname(folder.out), fs.readlinkSync(folder.out));
  return fs.readdirSync(folder.out).length > 0 ? folder.out : undefined;
}
