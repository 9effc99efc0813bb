// What the desk's browser tests share: the desk serving a copy of the fixture content (never
// content/), opened in the page, and `npm run check` run on that copy, whose verdict is what
// publishing goes by.
import { spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { expect, test, type Page } from "@playwright/test";
import { startDesk, type Desk } from "../../scripts/desk/serve-desk";

export type DeskCopy = { folder: string; contentDir: string; publicDir: string; desk?: Desk };

/**
 * A desk on a fresh copy of tests/fixtures, started before the file's tests and removed after them;
 * or before and after each test, for tests that edit the same story. Started in the spec's process
 * unless `start` says otherwise.
 */
export function deskOnFixtures(each: "file" | "test" = "file", start: (copy: Omit<DeskCopy, "desk">) => Promise<Desk> = deskInProcess): DeskCopy {
  const copy: DeskCopy = { folder: "", contentDir: "", publicDir: "" };
  (each === "file" ? test.beforeAll : test.beforeEach)(async () => {
    // Made here, not when the file is read: Playwright reads it in processes that run no test.
    copy.folder = fs.mkdtempSync(path.join(os.tmpdir(), "newsroom-desk-"));
    copy.contentDir = path.join(copy.folder, "content");
    copy.publicDir = path.join(copy.folder, "public");
    fs.cpSync("tests/fixtures/content", copy.contentDir, { recursive: true });
    fs.cpSync("tests/fixtures/public", copy.publicDir, { recursive: true });
    copy.desk = await start(copy);
  });
  (each === "file" ? test.afterAll : test.afterEach)(async () => {
    await copy.desk?.close();
    if (copy.folder) fs.rmSync(copy.folder, { recursive: true, force: true });
  });
  return copy;
}

/**
 * The desk `npm run desk` serves, on the copy, on a free port, started in the spec's process (a
 * second or more sooner than a process of its own). Given the copy's folders, rather than reading
 * them from the environment, which the worker's tests share.
 */
export function deskInProcess(copy: Omit<DeskCopy, "desk">): Promise<Desk> {
  return startDesk({ contentDir: copy.contentDir, publicDir: copy.publicDir, cacheDir: path.join(copy.folder, "cache"), quiet: true });
}

/** `npm run desk` on the copy, in a process of its own, as an editor starts it, on a free port. */
export function runDesk(copy: Omit<DeskCopy, "desk">): Promise<Desk> {
  const env = { ...process.env, CONTENT_DIR: copy.contentDir, PUBLIC_DIR: copy.publicDir, BUILD_CACHE_DIR: path.join(copy.folder, "cache") };
  const child = spawn(process.execPath, ["node_modules/tsx/dist/cli.mjs", "scripts/desk.ts", "--port", "0"], { env, stdio: ["ignore", "pipe", "pipe"] });
  const exited = new Promise((resolve) => child.once("exit", resolve));
  let output = "";
  return new Promise((resolve, reject) => {
    const read = (chunk: Buffer) => {
      output += chunk.toString("utf8");
      const url = /The desk is open at (\S+)/.exec(output)?.[1];
      if (!url) return;
      child.stdout.off("data", read);
      resolve({ url, close: async () => void (child.kill("SIGTERM"), await exited) });
    };
    child.stdout.on("data", read);
    child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString("utf8")));
    child.once("exit", (code) => reject(new Error(`npm run desk stopped (exit code ${code}):\n${output}`)));
  });
}

/** The desk's address, once deskOnFixtures' hook has started it. */
export function deskUrl(copy: DeskCopy): string {
  if (!copy.desk) throw new Error("the desk has not started: call deskOnFixtures() at the top of the spec");
  return copy.desk.url;
}

/** Signs in to the local desk (a button, no password) and opens `route`, like "#/collections/stories/new". */
export async function openInDesk(page: Page, copy: DeskCopy, route: string): Promise<void> {
  await page.goto(deskUrl(copy));
  await page.getByRole("button", { name: "Login" }).click();
  await page.goto(`${deskUrl(copy)}${route}`);
}

/** A story's fields as an editor fills them in the desk's form; a field left out is left as it is. */
export type StoryFields = { title?: string; standfirst?: string; publishedAt?: string; section?: string; tags?: string; language?: string; body?: string };

const INPUTS = [["title", "input"], ["standfirst", "textarea"], ["publishedAt", "input"], ["section", "input"], ["tags", "input"], ["language", "input"]] as const;

/** Fills `fields` in the story open in `page`, in the form's order; the body is typed, as an editor types it. */
export async function fillStory(page: Page, fields: StoryFields): Promise<void> {
  for (const [name, tag] of INPUTS) {
    const value = fields[name];
    // The story's own field: a timeline event's title comes after it.
    if (value !== undefined) await page.locator(`${tag}[id^="${name}-field"]`).first().fill(value);
  }
  if (fields.body !== undefined) await typeBody(page, fields.body);
}

/** Types `text` into the body (a story's, a reporter's bio, a page's) of the entry open in `page`. */
export async function typeBody(page: Page, text: string): Promise<void> {
  await page.locator('[aria-label="markdown field"]').filter({ has: page.locator('label[for^="body-field"]') }).locator('[contenteditable="true"]').click();
  await page.keyboard.type(text);
}

/** Saves the entry open in `page` ("Publish now"), and waits until the desk says it is saved. */
export async function publishNow(page: Page): Promise<void> {
  await page.getByRole("button", { name: "Publish" }).click();
  await page.getByText("Publish now").click();
  await expect(page.getByText("Entry saved")).toBeVisible();
}

/** `npm run check` itself, on the copy: its exit status, all it printed, and its lines about `file`. */
export function checkCopy(copy: DeskCopy, file?: string): { status: number | null; output: string; lines: string[] } {
  const check = spawnSync(process.execPath, ["node_modules/tsx/dist/cli.mjs", "scripts/check.ts"], {
    env: { ...process.env, CONTENT_DIR: copy.contentDir, PUBLIC_DIR: copy.publicDir, BUILD_CACHE_DIR: path.join(copy.folder, "cache") },
    encoding: "utf8",
  });
  const output = `${check.stdout}${check.stderr}`;
  const named = file === undefined ? undefined : `${path.relative(process.cwd(), file)}:`;
  return { status: check.status, output, lines: named === undefined ? [] : output.split("\n").filter((line) => line.startsWith(named)) };
}

/** The addresses the page asks for that are not on this machine, as they happen. */
export function requestsOutside(page: Page): string[] {
  const outside: string[] = [];
  page.on("request", (request) => {
    const url = new URL(request.url());
    if (!["data:", "blob:"].includes(url.protocol) && url.hostname !== "127.0.0.1") outside.push(request.url());
  });
  return outside;
}
