// `npm run desk`: the newsroom's desk in the browser, on this machine, for the files in content/
// and the photos in public/images/ (or CONTENT_DIR and PUBLIC_DIR). docs/desk.md says what it is.
import { config } from "../lib/config";
import { gitHostFromArgs, hostedDeskConfig } from "./desk/hosted-config";
import { startDesk } from "./desk/serve-desk";

async function main(): Promise<void> {
  if (process.argv.includes("--config-for")) {
    // The configuration for the newsroom's git host, printed for its desk's config.json (docs/desk.md).
    console.log(JSON.stringify(hostedDeskConfig(gitHostFromArgs(process.argv)), null, 2));
    return;
  }
  const flag = process.argv.indexOf("--port");
  const port = flag === -1 ? 3001 : Number(process.argv[flag + 1]);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    console.error(`--port must be a port number, like 3001; found ${JSON.stringify(process.argv[flag + 1])}`);
    process.exitCode = 1;
    return;
  }
  const desk = await startDesk({ contentDir: config.CONTENT_DIR, publicDir: config.PUBLIC_DIR, port });
  console.log(`The desk is open at ${desk.url} (this computer only). Stop it with Ctrl+C.`);
  const stop = () => void desk.close().then(() => process.exit(0));
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exitCode = 1;
});
