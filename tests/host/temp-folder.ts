// A throwaway folder for a test: real files on disk, gone when the test ends.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { onTestFinished } from "vitest";

/** A throwaway folder (in `parent`) holding `files`, removed after the test. */
export function folder(files: Record<string, string> = {}, parent = os.tmpdir()): string {
  const dir = fs.mkdtempSync(path.join(parent, "newsroom-test-"));
  onTestFinished(() => fs.rmSync(dir, { recursive: true, force: true }));
  for (const [name, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    fs.writeFileSync(path.join(dir, name), text);
  }
  return dir;
}
