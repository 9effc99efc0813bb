// Every problem the check finds, the list `npm run check` prints and the desk shows a file's part
// of: the pipeline's (lib/pipeline.ts, which the site's pages and the preview read) and the photos
// that cannot be opened. Apart from the pipeline because it opens the photos with sharp, which the
// pages have no need of.
import { unreadableImageProblems } from "./content/image-readable";
import { checkFiles, checkNewsroom, editionsOf, problemsFound, type FileCheck, type readContentFiles } from "./pipeline";

/** Every problem the check finds in the files `read` as of `now` (npm run check's, and the desk's for the file it shows). */
export async function findProblems(read: ReturnType<typeof readContentFiles>, publicDir: string, now: number, timeZone: string, checkFile?: FileCheck) {
  const checked = checkFiles(read.files, checkFile);
  const newsroom = checkNewsroom(read.newsroom, editionsOf(checked));
  const problems = [...problemsFound(read, checked, newsroom, publicDir, now, timeZone), ...(await unreadableImageProblems(checked, publicDir))];
  return { read, checked, newsroom, problems };
}
