// The steps of `npm run build`, in order, each working on the build's context (context.ts).
// Content is checked first; Next.js exports the site into a folder of the build's own; the
// runtime goes and the host's headers are written; only then is the result published.
import { spawn, type StdioOptions } from "node:child_process";
import { createRequire } from "node:module";
import path from "node:path";
import fs from "node:fs";
import { buildCacheDir, pruneBuildCache } from "../../lib/build/cache";
import { codeFingerprint, type CodeFingerprint } from "../../lib/build/code-fingerprint";
import { fileOfAddress } from "../../lib/build/page-keys";
import { removePlaceholderPages } from "../../lib/build/placeholder-pages";
import type { BuildContext } from "./context";
import { contentStepAnswer, type ContentStep } from "./content-step-messages";
import { writeBuildRecord } from "./build-record";
import { BuildFailure, plainMessage } from "./failure";
import { config } from "../../lib/config";
import { count } from "../../lib/content/problems";
import { publicAddresses, writeHostHeaders } from "./host-headers";
import { writeNginxConfig } from "./nginx-config";
import { clearDotNext, compileIsSealed, compileKey, copyCompile, forgetCompile, keepCompile, keptCompile, readyToGenerate, restoreCompile } from "./next-compile";
import { withOutputLogged } from "./next-output";
import { readPageInputs } from "./page-inputs";
import { clearPageCache, keepUnchangedPages, planBuild, readKeptPages, savePageCache, stageKeptPages } from "./page-cache";
import { publish } from "./publish";
import { writeSearchIndex } from "./search-index";
import { stripFrameworkRuntime } from "./strip-framework-runtime";

export interface BuildStep {
  name: string;
  run: (context: BuildContext) => Promise<void>;
}

/** Runs node with `args` as a child of the build, its output shown; resolves to its exit code. */
function node(context: BuildContext, args: string[], env: Record<string, string> = {}, stdio: StdioOptions = "inherit"): Promise<number | null> {
  const child = spawn(process.execPath, args, { stdio, env: { ...process.env, ...env } });
  context.child = child;
  return new Promise((resolve, reject) => {
    child.once("error", reject);
    child.once("exit", (code) => {
      context.child = undefined;
      resolve(code);
    });
  });
}

const tsx = (script: string) => ["--import", "tsx", path.resolve(script)];

/**
 * Asks the content steps' process (content-steps.ts), started by the first step that asks, for a
 * step; a step that fails stops the build with `failure` and what went wrong.
 */
function ask(context: BuildContext, request: ContentStep, failure: string): Promise<boolean> {
  const steps = (context.contentSteps ??= spawn(process.execPath, tsx("scripts/build/content-steps.ts"), { stdio: ["ignore", "inherit", "inherit", "ipc"] }));
  context.child = steps;
  return new Promise((resolve, reject) => {
    const answered = (message: unknown) => {
      steps.off("exit", ended);
      const answer = contentStepAnswer.parse(message);
      if (answer.done) resolve(answer.publishable);
      else reject(new BuildFailure(`${failure}: ${answer.error}`));
    };
    const ended = (code: number | null) => {
      steps.off("message", answered);
      reject(new BuildFailure(`${failure}: the content steps' process stopped (exit code ${code}).`));
    };
    steps.once("message", answered);
    steps.once("exit", ended);
    steps.send(request);
  });
}

/** Ends the content steps' process, and waits for it: what it loaded is given back before Next.js starts. */
async function endContentSteps(context: BuildContext): Promise<void> {
  const steps = context.contentSteps;
  if (!steps || steps.exitCode !== null || steps.signalCode !== null) return;
  const exited = new Promise((resolve) => steps.once("exit", resolve));
  steps.disconnect();
  await exited;
  context.child = undefined;
}

/** What the check step found the last build kept: every later step runs after it. */
function keptFound(context: BuildContext): NonNullable<BuildContext["kept"]> {
  if (!context.kept) throw new Error("the check step finds what the last build kept, and runs first");
  return context.kept;
}

// Why this build renders every page whatever the cache holds, if it does.
const forcedFull = (context: BuildContext) => (context.full ? "asked for with --full" : context.keepRuntime ? "FRAMEWORK_RUNTIME=keep, whose pages are not kept between builds" : undefined);

async function check(context: BuildContext): Promise<void> {
  const checked = ask(context, { step: "check", snapshot: context.snapshot }, "The content check could not finish");
  // Meanwhile, on the other core, this process reads and hashes the pages the last build kept, for
  // the plan, links them into a folder beside the one Next.js will export to, and restores the kept compile.
  const fingerprint = codeFingerprint(context.project, config);
  const { kept: pages, staged } = forcedFull(context) ? { kept: undefined, staged: new Map<string, string>() } : stageKeptPages(readKeptPages(buildCacheDir(), fingerprint), context.staging);
  context.kept = { fingerprint, pages, staged, compile: restoreKeptCompile(context.project, fingerprint, context.full) };
  if (!(await checked)) throw new BuildFailure("Nothing was built: fix the errors above and run the build again.");
}

// Which pages this build renders: every one, or only those whose key changed since the last
// build (lib/build/page-keys.ts), said in one line either way.
async function plan(context: BuildContext): Promise<void> {
  const file = path.join(context.privateDir, "page-inputs.json");
  await ask(context, { step: "plan", snapshot: context.snapshot, file }, "The pages to build could not be worked out");
  const inputs = readPageInputs(file);
  const keys = new Map(Object.entries(inputs.keys));
  const { fingerprint, pages } = keptFound(context);
  const plan = planBuild(buildCacheDir(), keys, fingerprint, forcedFull(context), pages);
  // Staged for nothing: the build renders every page.
  if (plan.full) fs.rmSync(context.staging, { recursive: true, force: true });
  context.pages = { keys, fingerprint, plan };
  const toRender = new Set(plan.full ? [] : plan.render);
  // A card without a key of its own (the site's) is drawn for every build, as the front page is rendered.
  context.cards = inputs.cards.filter(({ address }) => plan.full || toRender.has(address) || !keys.has(address));
  context.images = inputs.images;
  context.portraits = inputs.portraits;
  context.published = inputs.published;
  if (plan.full) {
    console.log(`Full build: ${plan.reason}.`);
    return;
  }
  fs.writeFileSync(renderOnlyFile(context), JSON.stringify(plan.render), { mode: 0o600 });
  if (plan.changed.length > 0) {
    const them = plan.changed.length === 1 ? "it" : "them";
    console.log(`The build cache held ${count(plan.changed.length, "page")} changed since the last build kept ${them}: rendered again.`);
  }
  console.log(`Incremental build: ${plan.render.length} pages to render, ${plan.keep.length} kept from the last build, ${plan.removed.length} gone (the front page, feeds and sitemaps are always made).`);
}

const renderOnlyFile = (context: BuildContext) => path.join(context.privateDir, "render-only.json");

const cardsMade = (context: BuildContext) => path.join(context.privateDir, "social-cards");

// Drawn, or taken from the build cache, into the build's private folder (scripts/build/social-cards.ts),
// and put beside Next.js's export after it, as the image copies are: Next.js has no route for them.
async function socialCards(context: BuildContext): Promise<void> {
  const started = Date.now();
  const cards = context.cards ?? [];
  if (cards.length > 0) await ask(context, { step: "cards", cards, folder: cardsMade(context) }, "The social cards could not be drawn");
  // The cards this build drew or took from the cache were touched; the rest belong to articles since
  // changed or removed. Only a full build draws or touches every card it needs.
  if (!context.pages || context.pages.plan.full) pruneBuildCache("social-cards", started);
}

const imagesMade = (context: BuildContext) => path.join(context.privateDir, "images");

// The narrower copies of article images that the pages' srcset lists (lib/build/images.ts), and
// PUBLIC_DIR's originals, written aside before Next.js exports (it would clear them from its folder)
// and put in place after. The last of the content steps: their process ends here.
async function imageCopies(context: BuildContext): Promise<void> {
  const started = Date.now();
  const images = { sources: context.images ?? [], portraits: context.portraits ?? [], folder: imagesMade(context) };
  await ask(context, { step: "images", ...images }, "The image copies could not be written");
  await endContentSteps(context);
  // Every build writes every photo's copies, so it touched each encoding it still needs: the rest are of photos since changed or removed.
  pruneBuildCache("images", started);
}

/**
 * The compile an earlier build of the same code kept (next-compile.ts says why), put in .next while
 * the content is checked, on the other core (at 5,000 articles copying it took 0.7-1.3 s of `next
 * build`); or, with the reason to print, none: one asked to trust nothing kept compiles again.
 */
function restoreKeptCompile(project: string, fingerprint: CodeFingerprint, full: boolean): NonNullable<BuildContext["kept"]>["compile"] {
  const key = compileKey(project, fingerprint, config);
  const kept = full ? undefined : keptCompile(buildCacheDir(), key);
  if (!kept) return { key };
  if (!compileIsSealed(kept, key)) {
    forgetCompile(kept);
    return {
      key,
      note: "The kept compile does not carry this build's seal (kept in part, by an older version of the build or on another machine, or changed since): Next.js compiles it again.",
    };
  }
  try {
    return { key, kept, restored: restoreCompile(project, kept) };
  } catch (error) {
    // .next cannot be cleared (its files another user's, say): Next.js says why when it compiles.
    return { key, note: `The kept compile could not be put in .next (${plainMessage(error)}): Next.js compiles it again.` };
  }
}

async function nextBuild(context: BuildContext): Promise<void> {
  const next = createRequire(import.meta.url).resolve("next/dist/bin/next");
  const incremental = context.pages && !context.pages.plan.full;
  const env = {
    // Next.js resolves distDir from the project folder, so it must be relative to it.
    NEXT_DIST_DIR: path.relative(context.project, context.building),
    CONTENT_SNAPSHOT: context.snapshot,
    NEXT_TELEMETRY_DISABLED: "1",
    // The same code makes the same build id, so a kept page and a new one belong to one build.
    ...(context.pages && { NEXT_BUILD_ID: context.pages.fingerprint.code.slice(0, 21) }),
    ...(incremental && { RENDER_ONLY: renderOnlyFile(context) }),
  };
  const { key, kept, restored, note } = keptFound(context).compile;
  if (note) console.log(note);
  const failed = await withOutputLogged(async (stdio) => {
    const generate = () => {
      readyToGenerate(context.project);
      return node(context, [next, "build", "--experimental-build-mode=generate"], env, stdio);
    };
    if (kept) {
      console.log("The code was compiled by an earlier build: Next.js renders without compiling again.");
      if (restored && (await generate()) === 0) return 0;
      // A kept compile that a host restored in part, or that no longer renders: made again.
      console.log("The kept compile did not render the site: Next.js compiles it again.");
      forgetCompile(kept);
      fs.rmSync(context.building, { recursive: true, force: true });
    }
    // Next.js's own clean would remove the last build's files before compiling, while the build waits.
    clearDotNext(context.project);
    const status = await node(context, [next, "build", "--experimental-build-mode=compile"], env, stdio);
    if (status !== 0) return status;
    context.compiled = copyCompile(context.project, buildCacheDir(), key);
    return generate();
  });
  if (failed) throw new BuildFailure(failed);
  // At once, so that no later step (and no reader) sees a page that stands for nothing.
  removePlaceholderPages(context.building);
}

// After the runtime removal, which need only see the pages just rendered; before the search index
// and headers, which take in every page.
async function unchangedPages(context: BuildContext): Promise<void> {
  const plan = context.pages?.plan;
  if (!context.pages || !plan || plan.full) return;
  context.pages.linked = keepUnchangedPages(plan, keptFound(context).staged, context.staging, context.building);
  // Pages are kept only from a build without the runtime (keepForNextBuild), whose headers step
  // refuses any inline script, so it need not parse them again to find none: at 5,000 articles
  // that was 8 s. Were one there all the same, the header's script-src would block it.
  for (const address of context.pages.linked.keys()) {
    const file = path.join(context.building, fileOfAddress(address));
    if (file.endsWith(".html")) context.inlineScriptsByPage?.set(file, []);
  }
}

// Next.js copies the project's public/; the image copies and the social cards are put beside them.
// The files from public/ are known by name, and are neither stripped nor counted as pages, whatever they contain.
async function publicFiles(context: BuildContext): Promise<void> {
  for (const made of [imagesMade(context), cardsMade(context)]) if (fs.existsSync(made)) fs.cpSync(made, context.building, { recursive: true });
  context.fromPublic = publicAddresses(context.building, [path.join(context.project, "public"), config.PUBLIC_DIR]);
}

// FRAMEWORK_RUNTIME=keep ships the runtime, to compare the two builds or to debug.
async function runtimeRemoval(context: BuildContext): Promise<void> {
  const { pages, removedFiles, inlineScriptsByPage } = await stripFrameworkRuntime(context.building, context.fromPublic);
  console.log(`Removed the Next.js runtime from ${pages} pages (${removedFiles} files it alone used).`);
  context.inlineScriptsByPage = inlineScriptsByPage;
}

// Inside the folder being built, so the live site never has pages without their index, or an
// index of other pages; after runtime removal, so it reads the pages as readers get them.
async function searchIndex(context: BuildContext): Promise<void> {
  // Given the page keys, the archive's shard is kept while what it indexes is unchanged; not with the runtime kept, whose pages are not kept either.
  const known = context.pages && !context.keepRuntime ? { keys: context.pages.keys, fingerprint: context.pages.fingerprint, cacheDir: buildCacheDir() } : undefined;
  const { pages, languages, bytes, indexed } = await writeSearchIndex(context.building, known);
  console.log(`Search index: ${pages} articles in ${languages.join(", ") || "no language"} (${Math.round(bytes / 1000)} kB), ${indexed} indexed by this build.`);
}

// Last before publishing, so that the script hashes are of the pages exactly as served.
async function headers(context: BuildContext): Promise<void> {
  const { inlineScripts, pagesWithOwnPolicy, rules } = writeHostHeaders(context.building, {
    scriptsFound: context.inlineScriptsByPage,
    fromPublic: context.fromPublic,
    inlineScriptsAllowed: context.keepRuntime,
  });
  context.headerRules = rules;
  console.log(`Headers written to _headers: ${inlineScripts} distinct inline scripts, ${pagesWithOwnPolicy} pages with their own script-src.`);
}

async function swap(context: BuildContext): Promise<void> {
  // Last into the site, so no other step counts it as a page or a file from public/.
  writeBuildRecord(context.building, { builtFor: config.siteUrl, forTheWeb: config.siteUrlIsSet });
  await publish(context.folder, context.building, context.publishing);
  // Beside the site, not in it: a server's configuration is not for readers.
  if (context.headerRules) console.log(`nginx configuration written to ${path.relative(context.project, writeNginxConfig(context.folder.out, context.headerRules))}.`);
}

// After the swap: the site is live whatever happens here. Pages that carry their own script
// policy (only with the runtime kept) would be given a second one by the next build's headers
// step, so then the next build is full; it still renders from this build's compile, which is of the code alone.
async function keepForNextBuild(context: BuildContext): Promise<void> {
  if (!context.pages) return;
  try {
    if (context.compiled) keepCompile(context.compiled);
    context.compiled = undefined;
    if (context.keepRuntime) clearPageCache(buildCacheDir());
    else savePageCache(buildCacheDir(), context.publishing.version, context.pages.keys, context.pages.fingerprint, context.pages.linked);
  } catch (error) {
    console.log(`What this build made could not be kept for the next build, which will be full: ${plainMessage(error)}`);
  }
}

export function buildSteps(context: BuildContext): BuildStep[] {
  return [
    { name: "check", run: check },
    { name: "plan", run: plan },
    { name: "social cards", run: socialCards },
    { name: "image copies", run: imageCopies },
    { name: "next build", run: nextBuild },
    { name: "public files", run: publicFiles },
    ...(context.keepRuntime ? [] : [{ name: "runtime removal", run: runtimeRemoval }]),
    { name: "unchanged pages", run: unchangedPages },
    { name: "search index", run: searchIndex },
    { name: "headers", run: headers },
    { name: "swap", run: swap },
    { name: "cache", run: keepForNextBuild },
  ];
}
