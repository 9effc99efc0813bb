// The site's own scripts in public/, by the address pages load them from: the one list the
// headers (scripts/host-rules.ts) and the check of what public/ may hold read. Any other .js in
// public/ is not served as a script: the headers give it a type no browser runs.
export const OWN_SCRIPTS: readonly string[] = [
  // Shows and runs the Copy link button (components/Share.tsx).
  "/copy-link.js",
];
