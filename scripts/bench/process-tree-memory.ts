// Peak memory of a process and everything it starts (next build runs its work in child
// processes), sampled from /proc on Linux. Each process counts its proportional set size (PSS):
// its own memory, plus its share of what it shares with others (Node's code, mapped files), so
// the sum is what the whole build takes from the machine, with nothing counted twice.
import fs from "node:fs";

function proportionalBytes(pid: number): number {
  try {
    const kilobytes = /^Pss:\s+(\d+) kB/m.exec(fs.readFileSync(`/proc/${pid}/smaps_rollup`, "utf8"))?.[1];
    return Number(kilobytes ?? 0) * 1024;
  } catch {
    return 0; // it ended between listing and reading
  }
}

function treeOf(root: number): number[] {
  const children = new Map<number, number[]>();
  for (const name of fs.readdirSync("/proc")) {
    if (!/^\d+$/.test(name)) continue;
    try {
      // The parent pid is the fourth field, after the command name in parentheses.
      const stat = fs.readFileSync(`/proc/${name}/stat`, "utf8");
      const parent = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
      children.set(parent, [...(children.get(parent) ?? []), Number(name)]);
    } catch {
      // it ended while listing
    }
  }
  const tree = [root];
  for (let index = 0; index < tree.length; index += 1) tree.push(...(children.get(tree[index]) ?? []));
  return tree;
}

/** Samples the tree under `pid` until stopped; `stop()` gives the peak, in bytes. */
export function samplePeakMemory(pid: number, everyMs = 250): { stop: () => number } {
  let peak = 0;
  const sample = () => {
    peak = Math.max(peak, treeOf(pid).reduce((total, member) => total + proportionalBytes(member), 0));
  };
  const timer = setInterval(sample, everyMs);
  sample();
  return {
    stop: () => {
      clearInterval(timer);
      return peak;
    },
  };
}
