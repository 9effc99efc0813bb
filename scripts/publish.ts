// `npm run publish`: check, show what changes on the live site, ask, build for the site's address,
// deploy to content/site.yml's `deploy`, and commit the content (scripts/publish/main.ts).
// `npm run publish -- --undo` puts the publication before the live one back. The settings are read
// as the modules load, so they load here, where any failure becomes a plain line, not a stack trace.
async function runPublish(): Promise<void> {
  const { plainMessage } = await import("./build/failure");
  try {
    const { main } = await import("./publish/main");
    process.exitCode = (await main(process.argv.slice(2))) ? 0 : 1;
  } catch (error) {
    console.error(plainMessage(error));
    process.exitCode = 1;
  }
}

void runPublish();
