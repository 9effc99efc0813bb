// Every problem the check finds, the one list `npm run check` prints and the desk shows a file's
// part of. Apart from lib/pipeline.ts because it opens the photos with sharp, which the site's own
// pages (lib/site-content.ts reads the pipeline) have no need of.
import { futureCorrections } from "./content/future-corrections";
import { unreadableImageProblems } from "./content/image-readable";
import { checkAcross, checkFiles, checkNewsroom, editionsOf, type FileCheck, type readContentFiles } from "./pipeline";

/** Every problem the check finds in the files `read` as of `now` (npm run check's, and the desk's for the file it shows). */
export async function findProblems(read: ReturnType<typeof readContentFiles>, publicDir: string, now: number, timeZone: string, checkFile?: FileCheck) {
  const checked = checkFiles(read.files, checkFile);
  const newsroom = checkNewsroom(read.newsroom, editionsOf(checked));
  const problems = [
    ...read.problems,
    ...checked.flatMap((file) => file.problems),
    ...checkAcross(checked, publicDir),
    ...futureCorrections(checked, now, timeZone),
    ...newsroom.problems,
    ...(await unreadableImageProblems(checked, publicDir)),
  ];
  return { read, checked, newsroom, problems };
}
