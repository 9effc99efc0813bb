// New names for the files a build keeps (kept pages, the kept search shard): hard links to the
// cache's files, so that keeping 10,000 pages costs no copy; and folders moved aside to be removed.
import fs from "node:fs";
import path from "node:path";

/**
 * Gives files new names: a hard link where the file system allows one, else a copy; either way a new
 * name, never a write into the old file. Each folder is made once: asking for every file's folder
 * took most of the time of keeping 10,000 pages.
 */
export function linker(): (from: string, to: string) => "made" | "there already" {
  const folders = new Set<string>();
  return (from, to) => {
    const folder = path.dirname(to);
    if (!folders.has(folder)) {
      fs.mkdirSync(folder, { recursive: true });
      folders.add(folder);
    }
    try {
      fs.linkSync(from, to);
    } catch (error) {
      const code = error instanceof Error && "code" in error ? error.code : undefined;
      if (code === "EEXIST") return "there already";
      // Another disk, a file system without hard links, or a file with as many names as it can have.
      if (code !== "EXDEV" && code !== "EPERM" && code !== "EMLINK") throw error;
      try {
        fs.copyFileSync(from, to, fs.constants.COPYFILE_EXCL);
      } catch (copying) {
        if (copying instanceof Error && "code" in copying && copying.code === "EEXIST") return "there already";
        throw copying;
      }
    }
    return "made";
  };
}

/** Moves `from` to `to`; false if it cannot (another disk, or gone), for the caller to do otherwise. */
export function renamed(from: string, to: string): boolean {
  try {
    fs.renameSync(from, to);
    return true;
  } catch {
    return false;
  }
}
