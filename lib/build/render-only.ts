// An incremental build (scripts/build/steps.ts, "plan") has Next.js render only the pages whose
// inputs changed since the last build, and takes every other page from the build cache. It names
// the pages to render in a file (RENDER_ONLY); each dynamic route then lists only those of its
// pages. Without the setting (a full build, the preview), every route lists all its pages.
import fs from "node:fs";
import { z } from "zod";
import { config } from "../config";
import { orPlaceholder } from "./placeholder-pages";

const addressList = z.array(z.string());

// Next.js runs generateStaticParams in several processes and bundles this module more than once: the
// list is read once per process and kept on globalThis.
const CACHE = Symbol.for("newsroom.renderOnly");
const cache = globalThis as { [CACHE]?: ReadonlySet<string> | null };

/** The addresses this build renders, or null when it renders every page (a full build, the preview). */
export function toRender(): ReadonlySet<string> | null {
  if (cache[CACHE] === undefined) {
    const file = config.RENDER_ONLY;
    cache[CACHE] = file ? new Set(addressList.parse(JSON.parse(fs.readFileSync(file, "utf8")))) : null;
  }
  return cache[CACHE];
}

/** A page's address from its folders: folderAddress("fa", "sections", "x") is "/fa/sections/x/"; undefined folders are left out. */
export function folderAddress(...folders: (string | undefined)[]): string {
  const named = folders.filter((folder): folder is string => folder !== undefined);
  return named.length === 0 ? "/" : `/${named.join("/")}/`;
}

/**
 * The params of the pages this build renders, among a route's `params`: all of them in a full
 * build. `address` gives each one's address, as lib/build/page-keys.ts names it.
 */
function onlyRendered<P>(params: P[], address: (params: P) => string): P[] {
  const only = toRender();
  return only ? params.filter((entry) => only.has(address(entry))) : params;
}

/** A route left with nothing lists the placeholder (`placeholderKeys` its own segments), as an export requires. */
export function rendered<K extends string>(params: Record<K, string>[], address: (params: Record<K, string>) => string, ...placeholderKeys: [K, ...K[]]): Record<K, string>[] {
  return orPlaceholder(onlyRendered(params, address), ...placeholderKeys);
}

/** For a segment whose pages are below it too (an edition's folder): the params of folders holding a page to render. */
export function renderedUnder<K extends string>(params: Record<K, string>[], folder: (params: Record<K, string>) => string, ...placeholderKeys: [K, ...K[]]): Record<K, string>[] {
  const only = toRender();
  if (!only) return orPlaceholder(params, ...placeholderKeys);
  const addresses = [...only];
  return orPlaceholder(
    params.filter((entry) => addresses.some((address) => address.startsWith(folder(entry)))),
    ...placeholderKeys,
  );
}
