// Preloaded (node --require) into every process of a build: logs each opening of an article file
// to CONTENT_READS_LOG, so a test can count how many times the build read each one. Opening is
// what every way of reading a file does (the loader opens with O_NOFOLLOW, then reads the handle).
const fs = require("node:fs");

const openSync = fs.openSync;
fs.openSync = function (file, ...rest) {
  if (typeof file === "string" && file.endsWith(".md")) fs.appendFileSync(process.env.CONTENT_READS_LOG, `${file}\n`);
  return openSync.call(this, file, ...rest);
};
