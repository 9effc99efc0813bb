// Whether the process `pid` still runs: what a build asks before removing what a killed build left.
export function isRunning(pid: number): boolean {
  try {
    return process.kill(pid, 0);
  } catch (error) {
    // It runs, as another user's.
    return error instanceof Error && "code" in error && error.code === "EPERM";
  }
}
