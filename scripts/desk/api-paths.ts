// Which files a request to decap-server names. decap-server keeps every path inside the folder it
// serves, which holds the whole project when content/ and public/ are in it (package.json, the
// build's scripts): the desk lets through only requests whose every path is in the content folder
// or the photos' folder.
import path from "node:path";

// The names decap-server's file actions give a path or a folder (its src/middlewares/localFs).
const PATH_KEYS = new Set(["path", "newPath", "folder", "mediaFolder", "paths"]);

/** Every path `value` (a request's params) names, at any depth. */
function namedPaths(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(namedPaths);
  if (typeof value !== "object" || value === null) return [];
  return Object.entries(value).flatMap(([key, inner]) => {
    if (!PATH_KEYS.has(key)) return namedPaths(inner);
    const named = [inner].flat();
    // A path given as anything but text is refused as one outside.
    return named.map((item) => (typeof item === "string" ? item : "/"));
  });
}

/** The first path in `params` outside `allowed` (folders relative to `root`), or undefined when all are in them. */
export function pathOutside(params: unknown, root: string, allowed: readonly string[]): string | undefined {
  const folders = allowed.map((folder) => path.resolve(root, folder));
  return namedPaths(params).find((named) => {
    const file = path.resolve(root, named);
    return !folders.some((folder) => file === folder || file.startsWith(`${folder}${path.sep}`));
  });
}
