// Files in public/ named by a site path (`/images/photo.jpg`), as the check, the page and the
// build all look them up.
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

/** The file in `publicDir` that `src` names, read literally or decoded; never a folder. */
export function publicFile(publicDir: string, src: string): string | undefined {
  return [decodedPath(src), src].map((candidate) => path.join(publicDir, candidate)).find((file) => fs.statSync(file, { throwIfNoEntry: false })?.isFile());
}
