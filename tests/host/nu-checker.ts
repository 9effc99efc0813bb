// The Nu HTML Checker (the W3C's validator, from the vnu-jar package), run on built pages.
// It needs Java: .ci/run installs it where it is missing.
import { spawnSync } from "node:child_process";
import { createRequire } from "node:module";
import path from "node:path";

// Resolved from the project root: Playwright's CommonJS has no import.meta.
const vnuJar: string = createRequire(path.resolve("package.json"))("vnu-jar");

interface NuMessage {
  type: "error" | "info" | "non-document-error";
  subType?: string;
  url?: string;
  lastLine?: number;
  message: string;
  extract?: string;
}

/** Every error in the given HTML files, one line each ("file:line: message"); warnings and notes are left out. */
export function nuErrors(files: string[]): string[] {
  const result = spawnSync("java", ["-jar", vnuJar, "--format", "json", "--stdout", ...files], { encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
  if (result.error) throw new Error(`the Nu HTML Checker needs Java (apt-get install default-jre-headless): ${result.error.message}`);
  const { messages } = JSON.parse(result.stdout) as { messages: NuMessage[] };
  return messages
    .filter((message) => message.type !== "info")
    .map((message) => `${message.url?.replace(/^file:/, "")}:${message.lastLine ?? ""}: ${message.message} ${JSON.stringify(message.extract ?? "")}`);
}
