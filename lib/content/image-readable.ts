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
      // Missing files and files of the wrong kind are told by publicImageProblem; GIFs are shown as they are.
      const kind = found && imageKind(readPublicFile(found, SNIFF_BYTES));
      if (!found || !kind || kind === "GIF") continue;
      try {
        const { width, height } = await sharp(readPublicFile(found)).metadata();
        if (!width || !height) throw new Error("no size");
      } catch (error) {
        const why = (error instanceof Error ? error.message : String(error)).split("\n")[0];
        problems.push({
          file,
          line: source?.lineOf(field),
          field: fieldName(field),
          message: `public${src} starts like a ${kind} image but cannot be read (${why}): it may be cut short or damaged; export it again from the original`,
        });
      }
    }
  }
  return problems;
}
