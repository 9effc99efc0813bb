// Proof that editors cannot turn CI red (run by .ci/run): in a copy of the repository, an editor
// adds a story in a new section, corrects a sentence of the Ghulami article and one of the launch
// article; then the unit and component tests run there. Only the launch article's fidelity to the
// seed (tests/unit/launch-article.test.ts) may fail, and it must. The build and end-to-end tests
// build only tests/fixtures or content they write themselves, with CONTENT_DIR set (guarded by
// tests/unit/tests-use-fixtures.test.ts), so content/ cannot reach them: they are not run twice,
// which would double CI's time.
// Usage: tsx tests/editors-cannot-break-ci.ts
import { execFileSync, spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { z } from "zod";

const ROOT = path.resolve(import.meta.dirname, "..");
const FIDELITY_TEST = "tests/unit/launch-article.test.ts";
const LAUNCH = "content/articles/second-anti-taliban-commander-killed-in-iran.md";
const GHULAMI = "content/articles/maroof-ghulami-shot-dead-in-mashhad.md";

const NEW_STORY = `---
title: Border trade resumes at Torkham
standfirst: Lorries crossed again after a week-long closure.
publishedAt: 2026-02-01T09:00:00+04:30
section: Pakistan
tags: [Trade, Torkham]
---

Lorries crossed the border again on Sunday.

## What traders said

Traders said the closure had cost them a week of sales.
`;

/** Vitest's JSON report: only what this proof reads. */
const reportSchema = z.object({
  testResults: z.array(z.object({ name: z.string(), assertionResults: z.array(z.object({ fullName: z.string(), status: z.string() })) })),
});

function copyRepository(): string {
  const copy = fs.mkdtempSync(path.join(os.tmpdir(), "newsroom-editors-"));
  const files = execFileSync("git", ["ls-files", "-z"], { cwd: ROOT, encoding: "utf8" }).split("\0").filter(Boolean);
  for (const file of files) {
    if (!fs.existsSync(path.join(ROOT, file))) continue; // deleted in the work tree, not yet committed
    fs.mkdirSync(path.dirname(path.join(copy, file)), { recursive: true });
    fs.copyFileSync(path.join(ROOT, file), path.join(copy, file));
  }
  fs.symlinkSync(path.join(ROOT, "node_modules"), path.join(copy, "node_modules"), "dir");
  return copy;
}

/** Replaces `from` (which must be there) by `to` in a file of the copy. */
function edit(copy: string, file: string, from: string, to: string): void {
  const text = fs.readFileSync(path.join(copy, file), "utf8");
  if (!text.includes(from)) throw new Error(`${file} no longer has "${from}": choose another sentence to correct`);
  fs.writeFileSync(path.join(copy, file), text.replace(from, to));
}

function main(): void {
  const copy = copyRepository();
  try {
    fs.writeFileSync(path.join(copy, "content/articles/border-trade-resumes-at-torkham.md"), NEW_STORY);
    edit(copy, GHULAMI, "was killed by gunfire at his office", "was shot dead at his office");
    edit(copy, LAUNCH, "died while being transferred to hospital", "died on the way to hospital");

    const report = path.join(copy, "vitest-report.json");
    // The copy reads its own content/ (node_modules is shared).
    const { CONTENT_DIR, PUBLIC_DIR, ...env } = process.env;
    const run = spawnSync(process.execPath, ["node_modules/vitest/vitest.mjs", "run", "--project=unit", "--project=component", "--reporter=json", `--outputFile=${report}`], {
      cwd: copy,
      env,
      encoding: "utf8",
    });
    if (!fs.existsSync(report)) throw new Error(`vitest did not run:\n${run.stdout}${run.stderr}`);
    const results = reportSchema.parse(JSON.parse(fs.readFileSync(report, "utf8"))).testResults.flatMap((file) =>
      file.assertionResults.map((test) => ({ file: path.relative(copy, file.name), test: test.fullName, status: test.status })),
    );
    const failed = results.filter((result) => result.status === "failed");
    const wrongly = failed.filter((result) => result.file !== FIDELITY_TEST);

    console.log(`${results.length} tests ran on the edited copy; ${failed.length} failed.`);
    if (wrongly.length > 0) {
      throw new Error(`an editor's change to content/ failed tests other than the fidelity test:\n${wrongly.map((r) => `  ${r.file}: ${r.test}`).join("\n")}`);
    }
    if (failed.length === 0) throw new Error(`correcting the launch article did not fail ${FIDELITY_TEST}`);
    console.log(`Only ${FIDELITY_TEST} failed (${failed.map((r) => r.test).join("; ")}), as it must: editors cannot break CI.`);
  } finally {
    fs.rmSync(copy, { recursive: true, force: true });
  }
}

main();
