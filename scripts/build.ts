// `npm run build` (scripts/build/main.ts). The settings are read and checked as the build's
// modules load, so they are loaded here, inside the one place that turns any failure, a bad
// setting included, into a plain line rather than a stack trace. NODE_ENV is judged first, before
// any setting or file is read.
async function run(): Promise<void> {
  const { BuildFailure, plainMessage } = await import("./build/failure");
  try {
    const { nodeEnvRefusal } = await import("./build/node-env");
    const refused = nodeEnvRefusal(process.env.NODE_ENV);
    if (refused) throw new BuildFailure(refused);
    const { main } = await import("./build/main");
    await main();
  } catch (error) {
    console.error(plainMessage(error));
    process.exit(1);
  }
}

void run();
