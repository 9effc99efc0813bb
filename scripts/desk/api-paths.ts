// Which files a request to decap-server may name, by what it does with them. decap-server keeps
// every path inside the folder it serves, which holds the whole project when content/ and public/
// are in it (package.json, the build's scripts), and it follows links. So the desk lets through
// only the actions the page uses, each naming files of its kind alone: stories, reporters, pages
// and settings as .md or .yml files in the content folder, photos in the photos' folder, never a
// folder itself where a file is meant (decap-server stops on it), never a move (`newPath`: it
// moves every file in the folder), and never a path through a link.
import fs from "node:fs";
import path from "node:path";
import { z } from "zod";

/** The content folder and the photos' folder, relative to the folder decap-server serves. */
export type DeskFolders = { root: string; content: string; images: string };

const ENTRY_EXTENSIONS = new Set([".md", ".yml"]);

const named = z.object({ path: z.string() });
const dataFile = named.extend({ newPath: z.unknown().optional() });
const action = <A extends string, P extends z.ZodType>(name: A, params: P) => z.object({ action: z.literal(name), params });
// The actions the desk's page sends (decap-server's src/middlewares/localFs), with their params as
// far as they name files: decap-server reads no other path from them.
const request = z.discriminatedUnion("action", [
  action("info", z.unknown().optional()),
  action("getDeployPreview", z.unknown().optional()),
  action("entriesByFolder", z.object({ folder: z.string() })),
  action("entriesByFiles", z.object({ files: z.array(named) })),
  action("getEntry", named),
  action("persistEntry", z.object({ entry: dataFile.optional(), dataFiles: z.array(dataFile).optional(), assets: z.array(named) })),
  action("getMedia", z.object({ mediaFolder: z.string() })),
  action("getMediaFile", named),
  action("persistMedia", z.object({ asset: named })),
  action("deleteFile", named),
  action("deleteFiles", z.object({ paths: z.array(z.string()) })),
]);
type DeskRequest = z.infer<typeof request>;

type Kind = "entry" | "photo" | "entry or photo" | "content folder" | "photos' folder";

/** Where `file` (relative to `root`) lies in `folder`: outside it, the folder itself, in it, or in it through a link. */
function place(root: string, folder: string, file: string): "outside" | "the folder" | "in" | { link: string } {
  const base = path.resolve(root, folder);
  const relative = path.relative(base, path.resolve(root, file));
  if (relative.startsWith("..") || path.isAbsolute(relative)) return "outside";
  if (relative === "") return "the folder";
  // No step below the folder may be a link: then the real path of the longest part that exists is
  // in the folder's real path too, and so is what decap-server writes or reads there.
  let step = base;
  for (const part of relative.split(path.sep)) {
    step = path.join(step, part);
    let stat: fs.Stats;
    try {
      stat = fs.lstatSync(step);
    } catch {
      break; // Not there yet: decap-server makes the rest as folders and a file.
    }
    if (stat.isSymbolicLink()) return { link: path.relative(root, step).split(path.sep).join("/") };
  }
  return "in";
}

/** Why the desk refuses `file` as a file or folder of `kind`, or undefined when it may be read or written. */
function kindProblem(folders: DeskFolders, file: string, kind: Kind): string | undefined {
  const { root, content, images } = folders;
  const [inContent, inImages] = [place(root, content, file), place(root, images, file)];
  const link = [inContent, inImages].find((where) => typeof where === "object");
  if (link) return `${file} goes through the link ${link.link}, which the desk does not follow`;
  const entry = inContent === "in" && ENTRY_EXTENSIONS.has(path.extname(file));
  const photo = inImages === "in";
  const fits = { entry, photo, "entry or photo": entry || photo, "content folder": inContent !== "outside", "photos' folder": inImages !== "outside" };
  if (fits[kind]) return undefined;
  const entries = `stories, reporters, pages and settings as .md or .yml files in ${content}/`;
  const photos = `photos as files in ${images}/`;
  const kept = { entry: entries, photo: photos, "entry or photo": `${entries}, and ${photos}`, "content folder": entries, "photos' folder": photos };
  return `${file}: the desk keeps ${kept[kind]}`;
}

/** Why the desk refuses `file` as a story's, reporter's, page's or the settings' file, or undefined. */
export function entryFileProblem(folders: DeskFolders, file: string): string | undefined {
  return kindProblem(folders, file, "entry");
}

/** The paths `asked` names, each with the kind of file or folder it must be; or why it is refused. */
function namedPaths(asked: DeskRequest): Array<[string, Kind]> | string {
  switch (asked.action) {
    case "info":
    case "getDeployPreview":
      return [];
    case "entriesByFolder":
      return [[asked.params.folder, "content folder"]];
    case "entriesByFiles":
      return asked.params.files.map(({ path: file }) => [file, "entry"]);
    case "getEntry":
      return [[asked.params.path, "entry"]];
    case "persistEntry": {
      const written = [asked.params.entry ?? [], asked.params.dataFiles ?? []].flat();
      const moved = written.find((file) => file.newPath !== undefined);
      // decap-server moves every file in the folder of an entry given a newPath.
      if (moved) return `${moved.path}: the desk does not move files (newPath)`;
      return [...written.map(({ path: file }): [string, Kind] => [file, "entry"]), ...asked.params.assets.map(({ path: file }): [string, Kind] => [file, "photo"])];
    }
    case "getMedia":
      return [[asked.params.mediaFolder, "photos' folder"]];
    case "getMediaFile":
      return [[asked.params.path, "photo"]];
    case "persistMedia":
      return [[asked.params.asset.path, "photo"]];
    case "deleteFile":
      return [[asked.params.path, "entry or photo"]];
    case "deleteFiles":
      return asked.params.paths.map((file) => [file, "entry or photo"]);
  }
}

/** Why the desk refuses `body`, a request of the page's to decap-server, or undefined when it may pass. */
export function requestProblem(body: unknown, folders: DeskFolders): string | undefined {
  const found = request.safeParse(body);
  if (!found.success) {
    const issues = found.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`).join("; ");
    return `the desk does not take this request (${issues})`;
  }
  const paths = namedPaths(found.data);
  if (typeof paths === "string") return paths;
  return paths.map(([file, kind]) => kindProblem(folders, file, kind)).find((problem) => problem !== undefined);
}
