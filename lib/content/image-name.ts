// An article image's file name must be one the web carries as it is. A space or a comma ends an
// address in a srcset (lib/build/images.ts), so a photo named "Bakery photo.jpg" lost its copies
// for phones; other characters are encoded one way by one tool and another way by the next. The
// check names the file and suggests a name to rename it to: the old one in lowercase, each run of
// other characters a hyphen, never the name of a file already there (following the fix must not
// overwrite another photo), and the story's own name when nothing of the old one is left.
import fs from "node:fs";
import path from "node:path";
import { freeName } from "./file-name";
import { listed } from "./problems";

const WEB_SAFE = /^[A-Za-z0-9._-]+$/;
const UNSAFE = /[^A-Za-z0-9._-]/gu;

const NAMED: Record<string, string> = { " ": "a space", ",": "a comma" };


/** The part of a name before its extension, made web-safe: empty when nothing is left of it. */
const safeBase = (base: string) =>
  base
    .toLowerCase()
    .replace(/[^a-z0-9._-]+/g, "-")
    .replace(/^[-._]+|[-._]+$/g, "");

/**
 * What is wrong with the name of `file` (in `publicDir`) as the web's, with the name to give it;
 * undefined when every part of its path is web-safe. `standIn` names the file when nothing of its
 * name is left (the story's slug).
 */
export function imageNameProblem(publicDir: string, file: string, standIn: string): string | undefined {
  const parts = path.relative(publicDir, file).split(path.sep);
  if (parts.every((part) => WEB_SAFE.test(part))) return undefined;
  const folders = parts.slice(0, -1).map((part) => safeBase(part) || standIn);
  const name = parts.at(-1) ?? "";
  const extension = path.extname(name).toLowerCase();
  const folder = path.join(publicDir, ...folders);
  const taken = new Set(
    (fs.existsSync(folder) ? fs.readdirSync(folder) : [])
      .filter((other) => path.join(folder, other) !== file && path.extname(other).toLowerCase() === extension)
      .map((other) => path.basename(other, path.extname(other)).toLowerCase()),
  );
  const suggested = [...folders, `${freeName(safeBase(path.basename(name, path.extname(name))) || standIn, taken)}${extension}`].join("/");
  const found = [...new Set(parts.join("").match(UNSAFE))].map((character) => NAMED[character] ?? `"${character}"`);
  return `public/${parts.join("/")}: a file name on the web may hold only letters a to z, digits, "-", "_" and "." (this one has ${listed(found)}): rename the file to public/${suggested} and write src: /${suggested}`;
}
