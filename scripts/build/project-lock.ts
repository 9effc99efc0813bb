// One build of a project at a time. Next.js works in the project's .next whatever distDir says, and
// a build clears the last build's files from it before Next.js starts (and takes its own lock): a
// second build at once would move the first one's files away mid-build. The lock is a file holding
// the build's process id, in Next.js's cache, which neither its clean nor ours removes; a killed
// build's lock is taken over.
import fs from "node:fs";
import path from "node:path";
import { BuildFailure } from "./failure";
import { isRunning } from "./is-running";

const lockFile = (project: string) => path.join(project, ".next", "cache", "newsroom-build.lock");

/** Takes the project's build lock, or throws a BuildFailure naming the build that holds it; returns its release. */
export function lockProject(project: string): () => void {
  const lock = lockFile(project);
  fs.mkdirSync(path.dirname(lock), { recursive: true });
  for (;;) {
    try {
      fs.writeFileSync(lock, String(process.pid), { flag: "wx" });
      return () => {
        if (holder(lock) === process.pid) fs.rmSync(lock, { force: true });
      };
    } catch (error) {
      if (!(error instanceof Error && "code" in error && error.code === "EEXIST")) throw error;
    }
    const pid = holder(lock);
    if (pid && pid !== process.pid && isRunning(pid)) {
      throw new BuildFailure(`Nothing was built: another build of this project is running (process ${pid}). Wait for it to finish, then build again.`);
    }
    fs.rmSync(lock, { force: true });
  }
}

function holder(lock: string): number {
  try {
    return Number(fs.readFileSync(lock, "utf8")) || 0;
  } catch {
    return 0;
  }
}
