// The last look at each article image before the build uses it: opened with sharp, the library
// the build resizes it with. A file whose first bytes look right can still be cut short or
// corrupt, and the build would stop on it halfway through with a programmer's error; the check
// says so first, naming the file. Asynchronous, so the check script runs it after the others.
import sharp from "sharp";
import type { CheckedFile } from "./article-file";
import { imageKind, SNIFF_BYTES } from "./image-kind";
import type { ContentProblem } from "./problems";
import { publicFile, readPublicFile } from "./public-files";
import { sitePhotoFields } from "./public-image";
import { fieldName } from "./validate";

/** One problem for each article image in public/ (a live update's too) that sniffs as an image but sharp cannot read. */
export async function unreadableImageProblems(files: readonly CheckedFile[], publicDir: string): Promise<ContentProblem[]> {
  const problems: ContentProblem[] = [];
  for (const { file, source } of files) {
    for (const { field, src } of sitePhotoFields(source?.data ?? {})) {
      const found = publicFile(publicDir, src);
      // Missing files and files of the wrong kind are told by publicImageProblem.
      if (!found || !imageKind(readPublicFile(found, SNIFF_BYTES))) continue;
      const message = await unreadableImageProblem(src, readPublicFile(found));
      if (message) problems.push({ file, line: source?.lineOf(field), field: fieldName(field), message });
    }
  }
  return problems;
}

/** Why the image at site path `src`, whose file holds `bytes`, cannot be read, if it cannot; GIFs are shown as they are. */
export async function unreadableImageProblem(src: string, bytes: Buffer): Promise<string | undefined> {
  const kind = imageKind(bytes.subarray(0, SNIFF_BYTES));
  if (!kind || kind === "GIF") return undefined;
  try {
    const { width, height } = await sharp(bytes).metadata();
    if (!width || !height) throw new Error("no size");
    return undefined;
  } catch (error) {
    const why = (error instanceof Error ? error.message : String(error)).split("\n")[0];
    return `public${src} starts like a ${kind} image but cannot be read (${why}): it may be cut short or damaged; export it again from the original`;
  }
}
