// What, besides the content, makes the site: the code that renders it, the packages it is built
// with, the site's settings and the files served as they are but images. A page kept from the
// last build (lib/build/page-keys.ts) is only the same file if all of these are the same, so an
// incremental build compares each part with the last build's and, if one differs, says which and
// builds in full. A photo is content: the story page that shows it has it in its key, and no other
// page is made from its bytes, so a new or changed photo renders that page again, not the site.
import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import type { Config } from "../config";
import { IMAGE_EXTENSIONS } from "../content/image-kind";

/** Each part's hash; the build names the first that differs. */
export interface CodeFingerprint {
  code: string;
  packages: string;
  settings: string;
  publicFiles: string;
}

/** What each part is, for the line that says why a build is full. */
export const FINGERPRINT_PARTS: Record<keyof CodeFingerprint, string> = {
  code: "the site's code (app/, components/, lib/, scripts/build/, public/ but its images, or the Next.js configuration)",
  packages: "the installed packages (package-lock.json) or Node.js",
  settings: "the site's settings (content/site.yml, SITE_URL, TIME_ZONE, FRONT_PAGE_STORIES, FRAMEWORK_RUNTIME, or NEXT_PUBLIC_*, NEXT_DEPLOYMENT_ID and __NEXT_* which Next.js compiles in)",
  publicFiles: "the files in PUBLIC_DIR other than images (fonts, scripts)",
};

// The project's own files that end up in pages, in the order they are hashed.
const CODE_FOLDERS = ["app", "components", "lib", "scripts/build", "public"];
// The .env files are Next.js's: its build processes load them, so a setting there reaches the pages.
const CODE_FILES = ["next.config.ts", "tsconfig.json", "package.json", "scripts/build.ts", ".env", ".env.local", ".env.production", ".env.production.local"];

// What the code folders hold for people, not for the build.
const NOT_CODE = /\.md$/;

const isImage = (file: string) => path.extname(file).slice(1).toLowerCase() in IMAGE_EXTENSIONS;
/** The files under `dir` but images: public/'s, whose images are content. */
const allButImages = (dir: string) => filesUnder(dir).filter((file) => !isImage(file));

function filesUnder(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && !NOT_CODE.test(entry.name))
    .map((entry) => path.join(entry.parentPath, entry.name))
    .sort();
}

/**
 * The fingerprint of a build from the project in `project` with `settings`. The project's code is
 * hashed byte for byte; the public files by name, size and time of last change (an edit that keeps
 * all three is not one an editor can make).
 */
export function codeFingerprint(project: string, settings: Config): CodeFingerprint {
  const code = [
    ...CODE_FOLDERS.flatMap((folder) => (folder === "public" ? allButImages : filesUnder)(path.join(project, folder))),
    ...CODE_FILES.map((name) => path.join(project, name)),
  ];
  const publicFiles = createHash("sha256");
  for (const file of allButImages(settings.PUBLIC_DIR)) {
    const { size, mtimeMs } = fs.statSync(file);
    publicFiles.update(`${path.relative(settings.PUBLIC_DIR, file)}\0${size}\0${mtimeMs}\n`);
  }
  return {
    code: filesHash(project, code),
    packages: packagesHash(project),
    settings: settingsHash(settings),
    publicFiles: publicFiles.digest("base64url"),
  };
}

/**
 * What the content check's result for a file depends on besides the file (lib/build/check-cache.ts):
 * the code in lib/ that checks it, the packages and the settings. Not the rest of the code, nor the
 * public files: an editor adding an image does not make every article be checked again. Undefined
 * without package-lock.json, whose packages could then change unseen: nothing is kept.
 */
export function checkFingerprint(project: string, settings: Config): string | undefined {
  if (!fs.existsSync(path.join(project, "package-lock.json"))) return undefined;
  return [filesHash(project, filesUnder(path.join(project, "lib"))), packagesHash(project), settingsHash(settings)].join(".");
}

function filesHash(project: string, files: string[]): string {
  const hash = createHash("sha256");
  for (const file of files) {
    hash.update(path.relative(project, file)).update("\0");
    if (fs.existsSync(file)) hash.update(fs.readFileSync(file));
    hash.update("\0");
  }
  return hash.digest("base64url");
}

function packagesHash(project: string): string {
  const packages = createHash("sha256").update(process.version);
  const lock = path.join(project, "package-lock.json");
  if (fs.existsSync(lock)) packages.update(fs.readFileSync(lock));
  return packages.digest("base64url");
}

function settingsHash({ siteName, tagline, siteUrl, timeZone, frontPageStories, FRAMEWORK_RUNTIME, preview, compiledIn }: Config): string {
  return createHash("sha256").update(JSON.stringify({ siteName, tagline, siteUrl, timeZone, frontPageStories, FRAMEWORK_RUNTIME, preview, compiledIn })).digest("base64url");
}
