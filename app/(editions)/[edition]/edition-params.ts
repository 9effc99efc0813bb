import { orPlaceholder } from "@/lib/build/placeholder-pages";
import { folderAddress, renderedUnder } from "@/lib/build/render-only";
import { getNewsroomPages, getOtherEditions } from "@/lib/site-content";

/** Every edition but English that has articles to show: each has a folder of its own. */
export function editionParams() {
  return orPlaceholder(
    getOtherEditions().map(({ code }) => ({ edition: code })),
    "edition",
  );
}

/**
 * The site's first folders that are not fixed routes: the editions (/fa/), and the newsroom's own
 * pages (/about/, content/pages/). Next.js allows one dynamic segment at a level, so both are this
 * one; a page can never take an edition's code (lib/content/newsroom-files.ts reserves them).
 */
export function folderParams() {
  const editions = getOtherEditions().map(({ code }) => code);
  const pages = getNewsroomPages()
    .map(({ slug }) => slug)
    .filter((slug) => !editions.includes(slug));
  return renderedUnder(
    [...editions, ...pages].map((edition) => ({ edition })),
    ({ edition }) => folderAddress(edition),
    "edition",
  );
}

/** The edition a folder is in: its own, or English for a newsroom page. */
export const editionOfFolder = (folder: string) => (getOtherEditions().some(({ code }) => code === folder) ? folder : undefined);
