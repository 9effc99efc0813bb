// `npm run build` (scripts/build/main.ts). The settings are read and checked as the build's
// modules load, so they are loaded here, inside the one place that turns any failure, a bad
// setting included, into a plain line rather than a stack trace.
async function run(): Promise<void> {
  const { plainMessage } = await import("./build/failure");
  try {
    const { main } = await import("./build/main");
    await main();
  } catch (error) {
    console.error(plainMessage(error));
    process.exit(1);
  }
}

void run();
