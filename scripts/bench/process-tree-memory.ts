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

/** A process of the build, named for the part it plays, and its proportional set size. */
export interface ProcessMemory {
  name: string;
  bytes: number;
}

// The build's processes by what they run (their command lines), as the bench report names them.
const ROLES: [RegExp, string][] = [
  [/pagefind/, "Pagefind"],
  [/jest-worker|processChild/, "Next.js worker"],
  [/next\/dist\/bin\/next|^next-build/, "next build"],
  [/content-steps/, "content steps"],
  [/scripts\/build\.ts/, "npm run build"],
];

function roleOf(pid: number): string {
  try {
    const command = fs.readFileSync(`/proc/${pid}/cmdline`, "utf8").replaceAll("\0", " ");
    return ROLES.find(([pattern]) => pattern.test(command))?.[1] ?? (command.split(" ")[0].split("/").at(-1) || "other");
  } catch {
    return "other";
  }
}

/** Samples the tree under `pid` until stopped; `stop()` gives the peak, in bytes, and the processes then, the largest first. */
export function samplePeakMemory(pid: number, everyMs = 250): { stop: () => { peak: number; processes: ProcessMemory[] } } {
  let peak = 0;
  let processes: ProcessMemory[] = [];
  const sample = () => {
    const members = treeOf(pid).map((member) => ({ member, bytes: proportionalBytes(member) }));
    const total = members.reduce((sum, { bytes }) => sum + bytes, 0);
    if (total <= peak) return;
    peak = total;
    const byRole = new Map<string, number>();
    for (const { member, bytes } of members) {
      const role = roleOf(member);
      if (bytes > 0) byRole.set(role, (byRole.get(role) ?? 0) + bytes);
    }
    processes = [...byRole].map(([name, bytes]) => ({ name, bytes })).sort((a, b) => b.bytes - a.bytes);
  };
  const timer = setInterval(sample, everyMs);
  sample();
  return {
    stop: () => {
      clearInterval(timer);
      return { peak, processes };
    },
  };
}
