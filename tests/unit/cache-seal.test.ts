// The key the build cache's contents are sealed with (lib/build/cache-seal.ts): kept outside the
// cache, readable by this user only, the same for every build of this user, and another's
// (BUILD_CACHE_SECRET, another machine) opens nothing this one sealed.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { cacheSeal, keyFile, type CacheSeal } from "@/lib/build/cache-seal";

let home: string;
beforeEach(() => {
  home = fs.mkdtempSync(path.join(os.tmpdir(), "newsroom-seal-"));
  vi.stubEnv("XDG_CONFIG_HOME", path.join(home, "config"));
  vi.stubEnv("BUILD_CACHE_DIR", path.join(home, "cache"));
  vi.stubEnv("BUILD_CACHE_SECRET", undefined);
});
afterEach(() => {
  vi.unstubAllEnvs();
  fs.rmSync(home, { recursive: true, force: true });
});

function seal(): CacheSeal {
  const made = cacheSeal();
  if ("problem" in made) throw new Error(made.problem);
  return made.seal;
}

describe("the build cache's seal", () => {
  it("makes a key once, in the user's config folder, readable by the user only, and opens what it sealed", () => {
    const sealed = seal().close("pages", '{"pages":{}}');
    const file = keyFile();
    expect(file).toBe(path.join(home, "config", "newsroom", "build-cache.key"));
    expect(fs.statSync(file).mode & 0o777).toBe(0o600);
    expect(fs.statSync(path.dirname(file)).mode & 0o777).toBe(0o700);
    // Another build of this user (the memo forgotten: another config folder, then this one again).
    vi.stubEnv("XDG_CONFIG_HOME", path.join(home, "elsewhere"));
    expect(seal().open("pages", sealed)).toBeUndefined();
    vi.stubEnv("XDG_CONFIG_HOME", path.join(home, "config"));
    expect(seal().open("pages", sealed)).toBe('{"pages":{}}');
  });

  it("opens nothing changed, sealed as another kind, or sealed with another key", () => {
    const sealed = seal().close("pages", '{"pages":{}}');
    expect(seal().open("pages", sealed.replace("{}", '{"/":1}'))).toBeUndefined();
    expect(seal().open("checked", sealed)).toBeUndefined();
    expect(seal().open("pages", '{"pages":{}}')).toBeUndefined();
    vi.stubEnv("BUILD_CACHE_SECRET", "a".repeat(64));
    expect(seal().open("pages", sealed)).toBeUndefined();
    expect(seal().open("pages", seal().close("pages", "x"))).toBe("x");
  });

  it("uses no key kept inside BUILD_CACHE_DIR, where whoever can change the cache could read it", () => {
    vi.stubEnv("BUILD_CACHE_DIR", home);
    const made = cacheSeal();
    expect("problem" in made && made.problem).toMatch(/^the build cache's key would be kept inside BUILD_CACHE_DIR .*set BUILD_CACHE_SECRET$/);
    expect(fs.existsSync(keyFile())).toBe(false);
  });
});
