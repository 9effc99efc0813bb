// What public/ may hold. Everything in it is published as it is, from the site's own address, so
// it is limited to kinds of file that cannot carry a script or a page of their own: images, fonts,
// and the site's own scripts, named here. An SVG or HTML file served from our origin could run
// script as the site; a symbolic link would publish whatever it points at, even outside the project.
import fs from "node:fs";
import path from "node:path";
import { IMAGE_EXTENSIONS } from "./image-kind";
import type { ContentProblem } from "./problems";

/**
 * The site's own scripts in public/, the only ones a page may load: the one list that this check and
 * the headers (scripts/build/host-rules.ts) read. Any other .js is refused here, and served as text.
 */
export const OWN_SCRIPTS: readonly string[] = [
  // Shows and runs the Copy link button (components/Share.tsx).
  "copy-link.js",
  // Offers an open live page's new updates (components/LiveUpdates.tsx).
  "live-updates.js",
  // Runs the search page's query with Pagefind (components/SearchPage.tsx).
  "search.js",
];

const FONT_EXTENSIONS = ["woff2"];
// Keeps an empty folder in git; never linked from a page.
const KEEP_FILES = [".gitkeep"];

const allowed = (relative: string) => {
  const name = path.basename(relative);
  const extension = name.includes(".") ? name.slice(name.lastIndexOf(".") + 1).toLowerCase() : "";
  return (
    extension in IMAGE_EXTENSIONS ||
    FONT_EXTENSIONS.includes(extension) ||
    KEEP_FILES.includes(name) ||
    OWN_SCRIPTS.includes(relative.split(path.sep).join("/"))
  );
};

const KINDS = `images (${Object.keys(IMAGE_EXTENSIONS).map((e) => `.${e}`).join(", ")}), fonts (.woff2) and the site's own scripts (${OWN_SCRIPTS.join(", ")})`;

/** Every file or folder in `publicDir` that must not be published, each with the fix. */
export function publicFolderProblems(publicDir: string): ContentProblem[] {
  if (!fs.existsSync(publicDir)) return [];
  const shown = (relative: string) => path.relative(process.cwd(), path.join(publicDir, relative)) || relative;
  const problems: ContentProblem[] = [];
  const visit = (relative: string) => {
    for (const entry of fs.readdirSync(path.join(publicDir, relative), { withFileTypes: true })) {
      const child = path.join(relative, entry.name);
      if (entry.isSymbolicLink()) {
        const target = fs.readlinkSync(path.join(publicDir, child));
        problems.push({
          file: shown(child),
          message: `is a symbolic link (to ${target}): the site would publish what it points at; replace the link with the file itself`,
        });
      } else if (entry.isDirectory()) visit(child);
      else if (!entry.isFile()) problems.push({ file: shown(child), message: "is not a file or a folder: remove it from public/" });
      else if (!allowed(child)) {
        problems.push({ file: shown(child), message: `public/ may hold only ${KINDS}: remove this file, or move it out of public/` });
      }
    }
  };
  visit("");
  return problems;
}
