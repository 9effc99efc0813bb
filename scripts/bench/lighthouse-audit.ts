// Lighthouse on one page, with its default mobile settings (a mid-range phone on a slow 4G
// network, simulated), in the same Chromium the end-to-end tests use. Lighthouse's own command
// runs it (launching Chromium through chrome-launcher) in a plain Node process: Lighthouse sends
// its functions' source to the browser, and tsx's transform of them does not run there.
import { spawnSync } from "node:child_process";
import { createRequire } from "node:module";
import type { Result } from "lighthouse";
import { chromeFlags, chromePath } from "../chromium";

export interface LighthouseFigures {
  performance: number;
  accessibility: number;
  bestPractices: number;
  seo: number;
  lcpMs: number;
  cls: number;
  tbtMs: number;
}

export function lighthouseAudit(url: string): LighthouseFigures {
  const cli = createRequire(import.meta.url).resolve("lighthouse/cli/index.js");
  const flags = ["--output=json", "--output-path=stdout", "--quiet", "--form-factor=mobile", `--chrome-flags=${[...chromeFlags, "--headless=new"].join(" ")}`];
  const run = spawnSync(process.execPath, [cli, url, ...flags], {
    encoding: "utf8",
    maxBuffer: 64 * 1024 * 1024,
    env: { ...process.env, ...(chromePath ? { CHROME_PATH: chromePath } : {}) },
  });
  if (run.status !== 0) throw new Error(`Lighthouse failed on ${url}:\n${run.stderr}`);
  const { categories, audits } = JSON.parse(run.stdout) as Result;
  const score = (name: string) => Math.round((categories[name]?.score ?? 0) * 100);
  const value = (name: string) => audits[name]?.numericValue ?? Number.NaN;
  return {
    performance: score("performance"),
    accessibility: score("accessibility"),
    bestPractices: score("best-practices"),
    seo: score("seo"),
    lcpMs: Math.round(value("largest-contentful-paint")),
    cls: value("cumulative-layout-shift"),
    tbtMs: Math.round(value("total-blocking-time")),
  };
}
