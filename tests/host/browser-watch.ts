// What a page did in Chromium that a reader should never see happen: a script error, anything
// logged as an error (Chromium logs each blocked resource there), a Content-Security-Policy
// violation, a dialog (alert, confirm, prompt), or a script setting window.__xss.
import type { Page } from "@playwright/test";

declare global {
  interface Window {
    __cspViolations: string[];
    __xss?: unknown;
  }
}

export interface PageWatch {
  /** Everything that went wrong since the watch began, one line each. */
  problems(): Promise<string[]>;
}

export async function watchPage(page: Page): Promise<PageWatch> {
  const seen: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error") seen.push(`console error: ${message.text()}`);
  });
  page.on("pageerror", (error) => seen.push(`script error: ${error.message}`));
  page.on("dialog", (dialog) => {
    seen.push(`dialog: ${dialog.type()} ${dialog.message()}`);
    void dialog.dismiss();
  });
  // Runs before any of the page's own scripts, and is not itself subject to the page's policy.
  await page.addInitScript(() => {
    window.__cspViolations = [];
    document.addEventListener("securitypolicyviolation", (event) => {
      window.__cspViolations.push(`CSP violation: ${event.violatedDirective} blocked ${event.blockedURI || "inline"} at ${event.sourceFile}:${event.lineNumber}`);
    });
  });
  return {
    async problems() {
      const inPage = await page.evaluate(() => [
        ...(window.__cspViolations ?? []),
        ...(window.__xss === undefined ? [] : [`window.__xss was set to ${String(window.__xss)}`]),
      ]);
      return [...seen, ...inPage];
    },
  };
}
