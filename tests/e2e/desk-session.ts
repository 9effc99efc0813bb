// A desk of its own for one test: a copy of the fixture content, the desk served on it, the editor
// signed in to the local desk, and `npm run check` run on the copy as an editor would run it.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { Page } from "@playwright/test";
import { startDesk, type Desk } from "../../scripts/desk/serve-desk";

export type DeskSession = {
  desk: Desk;
  contentDir: string;
  publicDir: string;
  /** Opens the desk in `page` at `address` (after the #), signed in. */
  open: (page: Page, address: string) => Promise<void>;
  /** `npm run check` on the copy: its exit status, and the lines it printed about `file`. */
  check: (file: string) => { status: number | null; lines: string[]; output: string };
  close: () => Promise<void>;
};

export async function deskSession(): Promise<DeskSession> {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), "newsroom-desk-"));
  const contentDir = path.join(folder, "content");
  const publicDir = path.join(folder, "public");
  fs.cpSync("tests/fixtures/content", contentDir, { recursive: true });
  fs.cpSync("tests/fixtures/public", publicDir, { recursive: true });
  const desk = await startDesk({ contentDir, publicDir, quiet: true });
  return {
    desk,
    contentDir,
    publicDir,
    open: async (page, address) => {
      await page.goto(desk.url);
      await page.getByRole("button", { name: "Login" }).click();
      await page.goto(`${desk.url}#${address}`);
    },
    check: (file) => {
      const run = spawnSync(process.execPath, ["node_modules/tsx/dist/cli.mjs", "scripts/check.ts"], {
        env: { ...process.env, CONTENT_DIR: contentDir, PUBLIC_DIR: publicDir, BUILD_CACHE_DIR: path.join(folder, "cache") },
        encoding: "utf8",
      });
      const named = path.relative(process.cwd(), file);
      const lines = `${run.stdout}${run.stderr}`.split("\n").filter((line) => line.startsWith(`${named}:`));
      return { status: run.status, lines, output: `${run.stdout}${run.stderr}` };
    },
    close: async () => {
      await desk.close();
      fs.rmSync(folder, { recursive: true, force: true });
    },
  };
}
