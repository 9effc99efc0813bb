// Preloaded (node --require) into every process of a build: logs each read of an article file to
// CONTENT_READS_LOG, so a test can count how many times the build read each one.
const fs = require("node:fs");

const readFileSync = fs.readFileSync;
fs.readFileSync = function (file, ...rest) {
  if (typeof file === "string" && file.endsWith(".md")) fs.appendFileSync(process.env.CONTENT_READS_LOG, `${file}\n`);
  return readFileSync.call(this, file, ...rest);
};
