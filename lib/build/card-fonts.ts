// The fonts the social cards are drawn with, and no others: the site's own, from the npm packages
// it already ships (lib/i18n/fonts.ts), so that a card is drawn the same on every machine with the
// same packages, and nothing is downloaded. sharp's text rendering (Pango, HarfBuzz, FreeType)
// finds fonts through fontconfig, which would otherwise see the machine's fonts: it is given a
// configuration of its own (FONTCONFIG_FILE) that lists these alone, with the rendering settings
// fixed rather than taken from the machine.
import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { isMainThread } from "node:worker_threads";
import type { FontFile } from "../i18n/fonts";
import { sfntFromWoff } from "./woff-font";

const vazirmatn = (subset: string): FontFile => ({ file: `vazirmatn-${subset}-400-normal.woff`, packageName: "@fontsource/vazirmatn" });
const serif = (subset: string): FontFile => ({ file: `source-serif-4-${subset}-400-normal.woff`, packageName: "@fontsource/source-serif-4" });

/**
 * Vazirmatn draws Dari, Pashto and Latin letters alike (its Latin is made to sit beside its Arabic
 * script), so a headline that mixes them reads as one; Source Serif 4 draws the Greek and Cyrillic
 * that Vazirmatn lacks. A letter neither has is drawn as a box on every machine, never downloaded.
 */
export const CARD_FONT_FAMILY = "Vazirmatn";
const CARD_FONT_FILES: FontFile[] = [
  vazirmatn("arabic"),
  vazirmatn("latin"),
  vazirmatn("latin-ext"),
  serif("greek"),
  serif("cyrillic"),
  serif("cyrillic-ext"),
];

const fontFile = ({ packageName, file }: FontFile) => path.join(process.cwd(), "node_modules", packageName, "files", file);

let digest: string | undefined;

/** What the cards' fonts are, for a drawing's cache key: the digest of each file (read once a process). */
export function cardFontsDigest(): string {
  if (digest === undefined) {
    const hash = createHash("sha256");
    for (const font of CARD_FONT_FILES) hash.update(font.file).update(fs.readFileSync(fontFile(font)));
    digest = hash.digest("base64url");
  }
  return digest;
}

// Antialiased and unhinted: hinting would fit the outlines to a pixel grid in a way that depends on
// FreeType's settings, and cards are drawn at sizes where it does not help. CONFIG_VERSION names
// this text in the fonts' folder: a change to it needs a new one.
const CONFIG_VERSION = 1;
const xmlText = (text: string) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
const fontconfig = (fontDir: string, cacheDir: string) => `<?xml version="1.0"?>
<!DOCTYPE fontconfig SYSTEM "urn:fontconfig:fonts.dtd">
<fontconfig>
  <dir>${xmlText(fontDir)}</dir>
  <cachedir>${xmlText(cacheDir)}</cachedir>
  <match target="font">
    <edit name="antialias" mode="assign"><bool>true</bool></edit>
    <edit name="hinting" mode="assign"><bool>false</bool></edit>
    <edit name="hintstyle" mode="assign"><const>hintnone</const></edit>
    <edit name="autohint" mode="assign"><bool>false</bool></edit>
    <edit name="rgba" mode="assign"><const>none</const></edit>
    <edit name="lcdfilter" mode="assign"><const>lcdnone</const></edit>
    <edit name="embeddedbitmap" mode="assign"><bool>false</bool></edit>
  </match>
</fontconfig>
`;

let ready = false;

/**
 * Points fontconfig at the cards' fonts alone, once a process, before anything draws text. Only
 * the main thread can: fontconfig reads the process's environment, which a worker thread's
 * process.env does not change. A thread finds it done by the main thread before it was started.
 */
export function useCardFonts(): void {
  if (!isMainThread) {
    if (!path.basename(path.dirname(process.env.FONTCONFIG_FILE ?? "")).startsWith(FOLDER_PREFIX)) {
      throw new Error("the social cards' fonts must be set up in the main thread (useCardFonts) before a thread draws a card");
    }
    return;
  }
  if (ready) return;
  process.env.FONTCONFIG_FILE = path.join(fontFolder(), "fonts.conf");
  ready = true;
}

const FOLDER_PREFIX = "newsroom-card-fonts-";

/**
 * The folder of the unwrapped fonts and their fontconfig file: one for each version of the fonts,
 * made whole under another name and renamed into place, so that builds side by side share it and a
 * process killed midway leaves nothing half made. Beside the packages the fonts come from
 * (node_modules/.cache), not in the build cache, whose writers must not choose the fonts, nor in
 * the shared temporary folder, where another user could take its name first or a cleaner empty
 * it (fontconfig would then quietly draw with the machine's fonts).
 */
function fontFolder(): string {
  const cache = path.join(process.cwd(), "node_modules", ".cache");
  const folder = path.join(cache, `${FOLDER_PREFIX}${cardFontsDigest().slice(0, 16)}-${CONFIG_VERSION}`);
  if (isOwnFolder(folder) && isWhole(folder)) return folder;
  // Made again if anything of it went missing. (Renamed into place whole, a folder that is there
  // and not whole was damaged since: never one another process is making.)
  if (fs.existsSync(folder) && !isWhole(folder)) fs.rmSync(folder, { recursive: true, force: true });
  fs.mkdirSync(cache, { recursive: true });
  const partial = fs.mkdtempSync(`${folder}.partial-`);
  try {
    const fonts = path.join(partial, "fonts");
    fs.mkdirSync(fonts);
    for (const font of CARD_FONT_FILES) fs.writeFileSync(path.join(fonts, unwrappedName(font)), sfntFromWoff(fs.readFileSync(fontFile(font)), font.file));
    // The paths it will have once renamed.
    fs.writeFileSync(path.join(partial, "fonts.conf"), fontconfig(path.join(folder, "fonts"), path.join(folder, "cache")));
    fs.renameSync(partial, folder);
  } catch (error) {
    // Another process renamed its own into place first: that one is used.
    fs.rmSync(partial, { recursive: true, force: true });
    if (!fs.existsSync(folder)) throw error;
  }
  if (!isOwnFolder(folder)) throw new Error(`${folder} is not a folder of this user's alone, which the social cards' fonts are kept in: remove it and build again`);
  return folder;
}

const unwrappedName = (font: FontFile) => font.file.replace(/\.woff$/, ".otf");

/** Whether `folder` holds its fontconfig file and every font. */
const isWhole = (folder: string) => [path.join(folder, "fonts.conf"), ...CARD_FONT_FILES.map((font) => path.join(folder, "fonts", unwrappedName(font)))].every((file) => fs.existsSync(file));

/** Whether `folder` is a folder (not a link), this user's, that no one else may write in. */
function isOwnFolder(folder: string): boolean {
  try {
    const stat = fs.lstatSync(folder);
    return stat.isDirectory() && (process.getuid === undefined || stat.uid === process.getuid()) && (stat.mode & 0o022) === 0;
  } catch {
    return false;
  }
}
