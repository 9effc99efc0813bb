// A photo a content file still names is not deleted through the desk. Decap deletes a photo of the
// same name before it uploads a replacement; if the desk then refused the replacement (a HEIC, a
// file cut short), the story would name a photo that is gone, and the site would show none.
import fs from "node:fs";
import path from "node:path";
import { z } from "zod";
import type { DeskFolders } from "./api-paths";

const deletion = z.union([
  z.object({ action: z.literal("deleteFile"), params: z.object({ path: z.string() }) }).transform(({ params }) => [params.path]),
  z.object({ action: z.literal("deleteFiles"), params: z.object({ paths: z.array(z.string()) }) }).transform(({ params }) => params.paths),
]);

/** The content folder's files, as paths relative to `root`. */
function contentFiles(root: string, content: string): string[] {
  return fs
    .readdirSync(path.resolve(root, content), { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && [".md", ".yml"].includes(path.extname(entry.name)))
    .map((entry) => path.relative(root, path.join(entry.parentPath, entry.name)).split(path.sep).join("/"));
}

/**
 * Why the desk refuses `body`, a deleteFile or deleteFiles request, as deleting a photo that a
 * content file the request keeps still names (by its site path, as in `src: /images/x.jpg`); or
 * undefined. `publicDir` is the site's public folder, the photos' paths being relative to it.
 */
export async function photoInUseProblem(body: unknown, folders: DeskFolders, publicDir: string): Promise<string | undefined> {
  const found = deletion.safeParse(body);
  if (!found.success) return undefined;
  const deleted = new Set(found.data.map((file) => path.resolve(folders.root, file)));
  const images = path.resolve(folders.root, folders.images);
  const photos = [...deleted].filter((file) => file.startsWith(`${images}${path.sep}`));
  if (photos.length === 0) return undefined;
  const kept = contentFiles(folders.root, folders.content).filter((file) => !deleted.has(path.resolve(folders.root, file)));
  const texts = await Promise.all(kept.map(async (file) => ({ file, text: await fs.promises.readFile(path.resolve(folders.root, file), "utf8") })));
  for (const photo of photos) {
    const src = `/${path.relative(publicDir, photo).split(path.sep).join("/")}`;
    // The name whole: /images/market.jpg is not named by /images/market.jpg.old.
    const naming = new RegExp(`${src.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}(?![\\w.-])`);
    const namer = texts.find(({ text }) => naming.test(text));
    if (namer) {
      const named = path.relative(folders.root, photo).split(path.sep).join("/");
      return `${named} is the photo of ${namer.file} (src: ${src}): upload the new photo under another name, or take it out of that file first`;
    }
  }
  return undefined;
}
