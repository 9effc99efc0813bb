// A throwaway site folder for loader tests: real files on disk, read by the real loader.
import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { expect, onTestFinished } from "vitest";
import { stringify } from "yaml";
import { type Article } from "@/lib/content/article";
import { checkContent, loadArticles } from "@/lib/pipeline";
import { ContentError, type ContentProblem } from "@/lib/content/problems";

// One small real image of each kind the site shows.
const PIXELS = path.resolve(import.meta.dirname, "../fixtures/hostile-check");

/** The four fields every article needs, all valid. */
export const REQUIRED_FIELDS = {
  title: "Commander killed in Tehran",
  standfirst: "A former police general was shot dead near his home.",
  publishedAt: "2025-12-25",
  section: "Afghanistan",
} as const;

export const BODY = "He was attacked near his home in southern Tehran.\n";

/**
 * The text of an article file. Frontmatter given as an object is written as YAML (fields set to
 * undefined are left out); given as a string it is written exactly as is, for tests about lines.
 */
export function articleFile(frontmatter: Record<string, unknown> | string, body: string = BODY): string {
  const yaml = typeof frontmatter === "string" ? frontmatter : stringify(frontmatter);
  return `---\n${yaml.endsWith("\n") ? yaml : `${yaml}\n`}---\n\n${body}`;
}

export interface TempSite {
  contentDir: string;
  publicDir: string;
  /** Writes content/articles/<name>. */
  write(name: string, text: string | Uint8Array): void;
  /** Writes public/<relative path>: a real two-pixel image when its name is one (.jpg, .png...), else an empty file. */
  writePublic(relative: string): void;
  load(): Article[];
  /** Loads, expecting a ContentError, and returns its problems. */
  problems(): readonly ContentProblem[];
  /** The error message an editor reads. */
  errorMessage(): string;
}

/**
 * A site folder (content/articles/ and public/) in the OS temp dir, removed after the test.
 * Concurrent tests pass their context's `onTestFinished`, which Vitest needs to know the test.
 */
export function tempSite(articles: Record<string, string | Uint8Array> = {}, afterTest: typeof onTestFinished = onTestFinished): TempSite {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), "newsroom-unit-"));
  afterTest(() => fs.rmSync(folder, { recursive: true, force: true }));
  const contentDir = path.join(folder, "content");
  const publicDir = path.join(folder, "public");
  fs.mkdirSync(path.join(contentDir, "articles"), { recursive: true });
  fs.mkdirSync(publicDir);

  const load = () => loadArticles({ contentDir, publicDir });
  const contentError = (): ContentError => {
    try {
      load();
    } catch (error) {
      if (error instanceof ContentError) return error;
      throw error;
    }
    throw new Error("expected the content to have problems, but every article loaded");
  };
  const site: TempSite = {
    contentDir,
    publicDir,
    write: (name, text) => fs.writeFileSync(path.join(contentDir, "articles", name), text),
    writePublic: (relative) => {
      const file = path.join(publicDir, relative);
      fs.mkdirSync(path.dirname(file), { recursive: true });
      const pixel = path.join(PIXELS, `pixel${path.extname(relative).toLowerCase().replace(".jpeg", ".jpg")}`);
      if (fs.existsSync(pixel)) fs.copyFileSync(pixel, file);
      else fs.writeFileSync(file, "");
    },
    load,
    problems: () => contentError().problems,
    errorMessage: () => contentError().message,
  };
  for (const [name, text] of Object.entries(articles)) site.write(name, text);
  return site;
}

/** Matches a problem's file: the path of content/articles/<name>, as the loader prints it. */
export function inFile(name: string) {
  return expect.stringMatching(new RegExp(`(^|/)content/articles/${name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}$`));
}

/** The 1-based line of `text` that starts with `start` (after indentation). */
export function lineOf(text: string, start: string): number {
  const index = text.split("\n").findIndex((line) => line.trimStart().startsWith(start));
  if (index === -1) throw new Error(`no line starts with ${JSON.stringify(start)}`);
  return index + 1;
}

/** The repository root: where the scripts run from, as `npm run` would run them. */
export const ROOT = path.resolve(import.meta.dirname, "../..");

/** Everything `checkContent` reports for a temp site, as of `now` in `timeZone` (drafts and warnings included). */
export function checkSite(site: TempSite, now?: number, timeZone?: string) {
  return checkContent({ contentDir: site.contentDir, publicDir: site.publicDir }, now, timeZone);
}

/** The path of content/articles/<name> as the check prints it (relative to where it runs). */
export function printedPath(site: TempSite, name: string): string {
  return path.relative(ROOT, path.join(site.contentDir, "articles", name));
}

export interface ScriptRun {
  status: number | null;
  stdout: string;
  stderr: string;
  /** Wall time of the whole process, tsx start-up included. */
  ms: number;
}

/** Runs scripts/<script> as an editor would (`npm run ...`), on the temp site's content, with `env` set besides. */
export function runScript(script: string, args: readonly string[], site: TempSite, env: Record<string, string> = {}): Promise<ScriptRun> {
  const started = performance.now();
  const child = spawn(process.execPath, [path.join(ROOT, "node_modules/tsx/dist/cli.mjs"), path.join("scripts", script), ...args], {
    cwd: ROOT,
    env: { ...process.env, CONTENT_DIR: site.contentDir, ...env },
  });
  let stdout = "";
  let stderr = "";
  child.stdout.setEncoding("utf8").on("data", (chunk: string) => (stdout += chunk));
  child.stderr.setEncoding("utf8").on("data", (chunk: string) => (stderr += chunk));
  return new Promise((resolve, reject) => {
    child.on("error", reject);
    child.on("close", (status) => resolve({ status, stdout, stderr, ms: performance.now() - started }));
  });
}
