// The check's verdict on one file of the desk: what `npm run check` says about it, line for line,
// so the editor reads the same words in the desk as in a terminal.
import path from "node:path";
import { readContentFiles, type ContentLocation } from "@/lib/pipeline";
import { config } from "@/lib/config";
import { findProblems } from "@/lib/find-problems";
import { formatProblem, sortProblems, summarize } from "@/lib/content/problems";

/** `file` (a path) as `npm run check` names it from this folder, the check's lines about it in its order, and their count in its words. */
export async function fileProblems(location: ContentLocation, file: string): Promise<{ file: string; summary: string; problems: string[] }> {
  // The check names a file relative to the folder it runs in, as readContentFiles does.
  const named = path.relative(process.cwd(), path.resolve(file));
  const { problems } = await findProblems(readContentFiles(location), location.publicDir, Date.now(), config.timeZone);
  const found = sortProblems(problems.filter((problem) => problem.file === named));
  return { file: named, summary: summarize(found), problems: found.map(formatProblem) };
}
