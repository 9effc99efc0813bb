// After a publication (or an undo), the content as published is committed, when the content folder
// is in a git repository: yesterday's version of a story is then one `git log` away. Only the
// content folder goes into the commit, whatever else is staged.
import { spawnSync } from "node:child_process";

const git = (cwd: string, args: string[]) => spawnSync("git", args, { cwd, encoding: "utf8" });

/** Commits `contentDir` with `message`; what happened, in a sentence, or undefined outside a git repository. */
export function commitContent(contentDir: string, message: string): string | undefined {
  if (git(contentDir, ["rev-parse", "--is-inside-work-tree"]).status !== 0) return undefined;
  const added = git(contentDir, ["add", "--all", "--", "."]);
  if (added.status !== 0) return `The content was not committed: git said: ${added.stderr.trim()}`;
  if (git(contentDir, ["diff", "--cached", "--quiet", "--", "."]).status === 0) return "The content was already committed: nothing to commit.";
  const committed = git(contentDir, ["commit", "--quiet", "--message", message, "--", "."]);
  if (committed.status !== 0) return `The content was not committed: git said: ${(committed.stderr || committed.stdout).trim()}`;
  return `Committed the content to git: "${message}".`;
}
