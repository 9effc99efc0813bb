// Started by publish.ts, detached, after a build has made its site live: removes the versions it
// retired. Each folder is first claimed (renamed after this process), so that a later build, which
// hands on what no running process is removing, never gives one folder to two removers.
import fs from "node:fs";
import path from "node:path";

for (const folder of process.argv.slice(2)) {
  const claimed = path.join(path.dirname(folder), path.basename(folder).replace(/^\d+-/, `${process.pid}-`));
  try {
    fs.renameSync(folder, claimed);
  } catch {
    continue; // claimed by another remover
  }
  fs.rmSync(claimed, { recursive: true, force: true });
  // The folder of removals goes with its last; another build's may be in it still.
  try {
    fs.rmdirSync(path.dirname(folder));
  } catch {
    // not empty
  }
}
