// The check's verdict on one file of the desk: what `npm run check` says about it, line for line,
// so the editor reads the same words in the desk as in a terminal.
import path from "node:path";
import { readContentFiles, type ContentLocation } from "@/lib/pipeline";
import { config } from "@/lib/config";
import { findProblems } from "@/lib/find-problems";
import { formatProblem, sortProblems } from "@/lib/content/problems";

/** The check's lines about `file` (a path), as `npm run check` prints them from this folder, in its order. */
export async function fileProblems(location: ContentLocation, file: string): Promise<string[]> {
  // The check names a file relative to the folder it runs in, as readContentFiles does.
  const named = path.relative(process.cwd(), path.resolve(file));
  const { problems } = await findProblems(readContentFiles(location), location.publicDir, Date.now(), config.timeZone);
  return sortProblems(problems.filter((problem) => problem.file === named)).map(formatProblem);
}
