// The Chromium that the end-to-end tests and the benchmark drive, and how it must be started.
import fs from "node:fs";

// Playwright cannot download its own browser everywhere: use the system's Chromium where there is one.
export const chromePath = process.env.CHROME_PATH || (fs.existsSync("/usr/bin/chromium") ? "/usr/bin/chromium" : undefined);

// Needed as root in a sandbox with no network (Debian's Chromium otherwise stalls or refuses to start).
// A container's /dev/shm is often 64 MB, too small for Chromium's shared memory: /tmp serves instead.
export const chromeFlags = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
  "--disable-dev-shm-usage",
];
