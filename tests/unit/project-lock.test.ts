// One build of a project at a time (scripts/build/project-lock.ts): a second build is refused,
// naming the one running; a killed build's lock is taken over; a build releases only its own lock.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeEach, expect, it } from "vitest";
import { lockProject } from "@/scripts/build/project-lock";

let project: string;
const lock = () => path.join(project, ".next", "cache", "newsroom-build.lock");
const heldBy = (pid: number) => {
  fs.mkdirSync(path.dirname(lock()), { recursive: true });
  fs.writeFileSync(lock(), String(pid));
};

beforeEach(() => {
  project = fs.mkdtempSync(path.join(os.tmpdir(), "newsroom-project-lock-"));
});
afterEach(() => fs.rmSync(project, { recursive: true, force: true }));

it("holds the lock for this build and gives it up when released", () => {
  const unlock = lockProject(project);
  expect(fs.readFileSync(lock(), "utf8")).toBe(String(process.pid));
  unlock();
  expect(fs.existsSync(lock())).toBe(false);
});

it("refuses a second build while another runs, naming it", () => {
  // Process 1 always runs.
  heldBy(1);
  expect(() => lockProject(project)).toThrow("Nothing was built: another build of this project is running (process 1). Wait for it to finish, then build again.");
  expect(fs.readFileSync(lock(), "utf8")).toBe("1");
});

it("takes over the lock of a build that was killed", () => {
  heldBy(spawnSync(process.execPath, ["-e", ""]).pid);
  lockProject(project);
  expect(fs.readFileSync(lock(), "utf8")).toBe(String(process.pid));
});

it("never releases a lock another build has taken since", () => {
  const unlock = lockProject(project);
  heldBy(1);
  unlock();
  expect(fs.readFileSync(lock(), "utf8")).toBe("1");
});
