// A page kept from the last build is only the same file if the code, packages, settings and public
// files are (lib/build/code-fingerprint.ts): each change shows in its own part of the fingerprint.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { checkFingerprint, codeFingerprint } from "@/lib/build/code-fingerprint";
import { readConfig } from "@/lib/config";

function project() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "newsroom-fingerprint-"));
  for (const [file, text] of Object.entries({ "lib/a.ts": "export const a = 1;\n", "app/globals.css": "body {}\n", "package-lock.json": "{}", "next.config.ts": "export default {};\n" })) {
    fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    fs.writeFileSync(path.join(dir, file), text);
  }
  fs.mkdirSync(path.join(dir, "public-files"));
  return dir;
}

const settingsFor = (dir: string, env: Record<string, string> = {}) => readConfig({ CONTENT_DIR: path.resolve("tests/fixtures/content"), PUBLIC_DIR: path.join(dir, "public-files"), ...env });

describe("codeFingerprint", () => {
  it("is the same for the same project and settings", () => {
    const dir = project();
    expect(codeFingerprint(dir, settingsFor(dir))).toEqual(codeFingerprint(dir, settingsFor(dir)));
  });

  it("changes only the part that changed: code, styles, packages, settings, public files", () => {
    const dir = project();
    const before = codeFingerprint(dir, settingsFor(dir));
    const changedParts = (change: () => void, env: Record<string, string> = {}) => {
      const start = codeFingerprint(dir, settingsFor(dir));
      change();
      const after = codeFingerprint(dir, settingsFor(dir, env));
      return (Object.keys(start) as (keyof typeof start)[]).filter((part) => start[part] !== after[part]);
    };
    expect(changedParts(() => fs.writeFileSync(path.join(dir, "lib", "a.ts"), "export const a = 2;\n"))).toEqual(["code"]);
    expect(changedParts(() => fs.writeFileSync(path.join(dir, "app", "globals.css"), "body { margin: 0 }\n"))).toEqual(["code"]);
    expect(changedParts(() => fs.writeFileSync(path.join(dir, "next.config.ts"), "export default { trailingSlash: true };\n"))).toEqual(["code"]);
    expect(changedParts(() => fs.writeFileSync(path.join(dir, "package-lock.json"), '{"lockfileVersion":3}'))).toEqual(["packages"]);
    expect(changedParts(() => undefined, { SITE_URL: "https://news.example.org" })).toEqual(["settings"]);
    expect(changedParts(() => fs.writeFileSync(path.join(dir, "public-files", "font.woff2"), "wOF2"))).toEqual(["publicFiles"]);
    expect(codeFingerprint(dir, settingsFor(dir))).not.toEqual(before);
  });

  // A photo is content: the pages that show it have it in their keys (lib/build/page-keys.ts).
  it("is the same when a photo is added to or changed in public/images/, PUBLIC_DIR's or the project's", () => {
    const dir = project();
    const start = codeFingerprint(dir, settingsFor(dir));
    for (const folder of ["public-files/images", "public/images"]) {
      fs.mkdirSync(path.join(dir, folder), { recursive: true });
      fs.writeFileSync(path.join(dir, folder, "Bakery.JPG"), "JPEG");
      fs.writeFileSync(path.join(dir, folder, "oven.webp"), "RIFF");
    }
    fs.writeFileSync(path.join(dir, "public-files/images/oven.webp"), "RIFF, larger");
    expect(codeFingerprint(dir, settingsFor(dir))).toEqual(start);
  });
});

describe("checkFingerprint", () => {
  it("changes with lib/, the packages and the settings, not with the pages' code or an editor's new image", () => {
    const dir = project();
    fs.mkdirSync(path.join(dir, "components"));
    const changes = (change: () => void, env: Record<string, string> = {}) => {
      const start = checkFingerprint(dir, settingsFor(dir));
      change();
      return checkFingerprint(dir, settingsFor(dir, env)) !== start;
    };
    expect(changes(() => fs.writeFileSync(path.join(dir, "lib", "a.ts"), "export const a = 3;\n"))).toBe(true);
    expect(changes(() => fs.writeFileSync(path.join(dir, "package-lock.json"), '{"lockfileVersion":2}'))).toBe(true);
    expect(changes(() => undefined, { SITE_URL: "https://news.example.net" })).toBe(true);
    expect(changes(() => fs.writeFileSync(path.join(dir, "app", "globals.css"), "body { padding: 0 }\n"))).toBe(false);
    expect(changes(() => fs.writeFileSync(path.join(dir, "components", "Byline.tsx"), "export {};\n"))).toBe(false);
    expect(changes(() => fs.writeFileSync(path.join(dir, "public-files", "photo.jpg"), "JPEG"))).toBe(false);
    expect(changes(() => fs.writeFileSync(path.join(dir, "lib", "README.md"), "# lib\n"))).toBe(false);
  });
});
