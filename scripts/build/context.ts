// What every step of `npm run build` works on: one object, made once, passed to each step in turn.
import type { ChildProcess } from "node:child_process";
import type { CodeFingerprint } from "../../lib/build/code-fingerprint";
import type { PublishedRecord } from "../../lib/build/last-build";
import type { SocialCardAt } from "../../lib/publish/seo";
import type { HeaderRule } from "./host-rules";
import type { BuildPlan, KeptPages } from "./page-cache";
import type { OutputFolder } from "./output-folder";
import type { Publishing } from "./publish";

export interface BuildContext {
  project: string;
  /** Releases the project's build lock (project-lock.ts): one build of a project at a time. */
  unlock: () => void;
  folder: OutputFolder;
  /** Next.js exports here, inside the project (it exports nowhere else); moved into a version when done. */
  building: string;
  /** The kept pages, linked while the content is checked, which Next.js's export is then moved over: beside `building`, on its disk. */
  staging: string;
  /** A folder only this user can read (mkdtemp), removed on every exit: the snapshot holds drafts. */
  privateDir: string;
  /** The checked content, for Next.js's build processes to load rather than parse it all again. */
  snapshot: string;
  keepRuntime: boolean;
  /** `--full`: render every page, whatever the build cache holds. */
  full: boolean;
  /**
   * Each page's key, the code's fingerprint, and so what this build renders (scripts/build/page-cache.ts);
   * then the pages it took from the cache, each with its SHA-256.
   */
  pages?: { keys: Map<string, string>; fingerprint: CodeFingerprint; plan: BuildPlan; linked?: Map<string, string> };
  /**
   * What the last build kept, found while the content is checked (steps.ts): the code's fingerprint,
   * the kept pages (none when the build is full whatever they are) and those staged, and the kept
   * compile of this code, put in .next, or why none is.
   */
  kept?: {
    fingerprint: CodeFingerprint;
    pages?: KeptPages;
    staged: Map<string, string>;
    compile: { key: string; kept?: string; restored?: boolean; note?: string };
  };
  /** The social cards this build draws, or takes from the build cache (all of them in a full build). */
  cards?: SocialCardAt[];
  /** Each published story's image, whose copies the build writes. */
  images?: string[];
  /** Each reporter's photo, published without its metadata. */
  portraits?: string[];
  /** What this build publishes, as the build's last paragraph compares it with the last build's. */
  published?: PublishedRecord;
  publishing: Publishing;
  /** The compile this build made, copied beside the kept one, kept once the site is published (next-compile.ts). */
  compiled?: string;
  /** The process a step is waiting for, to stop it with the build. */
  child?: ChildProcess;
  /** The process of the content steps (content-steps.ts): the check, the plan's keys, the cards. */
  contentSteps?: ChildProcess;
  /** The addresses of files copied from public/: served as files, never stripped or counted as pages. */
  fromPublic: string[];
  /** The header rules the headers step wrote, for the nginx configuration written beside the site. */
  headerRules?: HeaderRule[];
  /** Each inline script the runtime removal found, by page, so the headers step need not parse again. */
  inlineScriptsByPage?: Map<string, string[]>;
  /** Each finished step's wall time, in seconds, printed last (npm run bench reads that line). */
  timings: { step: string; seconds: number }[];
}
