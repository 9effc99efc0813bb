// How a failed build reports itself: one plain line, never a stack trace. A setting or a file
// system that refuses a write is something the person building can fix, once told in words.

/** A failure the build has already put in words. */
export class BuildFailure extends Error {}

const SYSTEM_ERRORS: Record<string, string> = {
  ENOSPC: "the disk is full",
  EDQUOT: "the disk quota is used up",
  EACCES: "permission denied",
  EPERM: "permission denied",
  EROFS: "the file system is read-only",
  ENOTDIR: "part of the path is a file, not a folder",
  ENOENT: "no such file or folder",
};

function systemError(error: unknown): { code: string; path?: string } | undefined {
  if (!(error instanceof Error) || !("code" in error) || typeof error.code !== "string") return undefined;
  return { code: error.code, path: "path" in error && typeof error.path === "string" ? error.path : undefined };
}

/** The error in one line: what happened, and to which file. */
export function plainMessage(error: unknown): string {
  if (error instanceof BuildFailure) return error.message;
  const system = systemError(error);
  if (system) return `${SYSTEM_ERRORS[system.code] ?? system.code} (${system.code}${system.path ? `: ${system.path}` : ""})`;
  return error instanceof Error ? error.message : String(error);
}
