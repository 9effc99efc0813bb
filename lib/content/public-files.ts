// Files in public/ named by a site path (`/images/photo.jpg`), as the check, the page and the
// build all look them up. A symbolic link anywhere on the way is never followed: git carries links
// in a contribution, and one pointing outside the project would publish whatever it points at.
import fs from "node:fs";
import path from "node:path";

// Paths may be written URL-encoded (`/images/a%20b.jpg`) or not (`/images/100%.jpg`).
export function decodedPath(src: string): string {
  try {
    return decodeURI(src);
  } catch {
    return src; // Not valid percent-encoding: the path is meant literally.
  }
}

const candidates = (publicDir: string, src: string) => [decodedPath(src), src].map((candidate) => path.join(publicDir, candidate));

/** The first symbolic link between `publicDir` (itself trusted) and `file`, if there is one. */
export function linkOnPath(publicDir: string, file: string): string | undefined {
  const parts = path.relative(publicDir, file).split(path.sep);
  for (let depth = 1; depth <= parts.length; depth++) {
    const step = path.join(publicDir, ...parts.slice(0, depth));
    if (fs.lstatSync(step, { throwIfNoEntry: false })?.isSymbolicLink()) return step;
  }
  return undefined;
}

/** The file in `publicDir` that `src` names, read literally or decoded; never a folder, never through a link. */
export function publicFile(publicDir: string, src: string): string | undefined {
  return candidates(publicDir, src).find((file) => !linkOnPath(publicDir, file) && fs.lstatSync(file, { throwIfNoEntry: false })?.isFile());
}

/** The symbolic link through which `src` would reach a file in `publicDir`, when that is the only way. */
export function publicLink(publicDir: string, src: string): string | undefined {
  return candidates(publicDir, src).map((file) => (fs.statSync(file, { throwIfNoEntry: false })?.isFile() ? linkOnPath(publicDir, file) : undefined)).find(Boolean);
}

/**
 * The bytes of a file publicFile found, opened so that a link put in its place since is refused
 * (O_NOFOLLOW), not followed; `length` reads only the start, for sniffing what the file is.
 */
export function readPublicFile(file: string, length?: number): Buffer {
  const fd = fs.openSync(file, fs.constants.O_RDONLY | fs.constants.O_NOFOLLOW);
  try {
    if (length === undefined) return fs.readFileSync(fd);
    const start = Buffer.alloc(length);
    return start.subarray(0, fs.readSync(fd, start, 0, length, 0));
  } finally {
    fs.closeSync(fd);
  }
}

/**
 * The site path of a file in `publicDir` that `src` names but for case (`/images/Photo.JPG` for
 * `/images/photo.jpg`), when there is one: most web servers tell the two apart, so the editor is
 * told the real name. Folders are matched the same way; links are not followed.
 */
export function caseInsensitiveMatch(publicDir: string, src: string): string | undefined {
  let dir = publicDir;
  const found: string[] = [];
  for (const part of decodedPath(src).split("/").filter(Boolean)) {
    const entries = fs.lstatSync(dir, { throwIfNoEntry: false })?.isDirectory() ? fs.readdirSync(dir) : [];
    const match = entries.find((entry) => entry === part) ?? entries.find((entry) => entry.toLowerCase() === part.toLowerCase());
    if (match === undefined) return undefined;
    found.push(match);
    dir = path.join(dir, match);
  }
  return fs.lstatSync(dir, { throwIfNoEntry: false })?.isFile() ? `/${found.join("/")}` : undefined;
}

/**
 * What a page takes from the file `src` names, for the page's key (lib/build/page-keys.ts): its size
 * and time of last change, as the code's fingerprint takes public files, so that the archive's
 * photos are not read on every build. Undefined when there is no such file.
 */
export function publicFileVersion(publicDir: string, src: string): string | undefined {
  const file = publicFile(publicDir, src);
  const stat = file && fs.lstatSync(file, { throwIfNoEntry: false });
  return stat ? `${stat.size} ${stat.mtimeMs}` : undefined;
}
