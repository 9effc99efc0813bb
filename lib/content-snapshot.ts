// Next.js builds pages in several worker processes, and bundles lib/ once per kind of route, so
// each copy would read and render the whole archive again. `npm run build` checks the content
// once and saves it to a file named by CONTENT_SNAPSHOT; every copy loads that file instead.
import fs from "node:fs";

/** The saved content for this build, if `npm run build` made one. */
export const snapshotFile = process.env.CONTENT_SNAPSHOT;

export function saveSnapshot(file: string, content: unknown): void {
  fs.writeFileSync(file, JSON.stringify(content));
}

// Written by saveSnapshot moments ago, by this same code, so its shape is the caller's type.
export function loadSnapshot<T>(file: string): T {
  return JSON.parse(fs.readFileSync(file, "utf8")) as T;
}
