// The build's content steps in one process, which the build starts once (scripts/build/steps.ts):
// the check, the plan's page keys, the social cards drawn ahead and the images' narrower copies,
// each asked for in a message and answered in one. Each was a process of its own, and starting one (Node, tsx, the modules) took
// about half a second of a small site's six-second build. The build stops this process before
// Next.js starts, so that the archive it loaded is given back first; it also ends with the build.
import { writeImageVariants } from "../../lib/build/images";
import { count } from "../../lib/content/problems";
import { defaultLocation } from "../../lib/pipeline";
import { loadSnapshot } from "../../lib/build/snapshot";
import { checkContent, type PublishableContent } from "../check";
import { contentStep, type ContentStep, type ContentStepAnswer } from "./content-step-messages";
import { plainMessage } from "./failure";
import { writePageInputs } from "./page-inputs";
import { drawCards } from "./social-cards";

// What the check found, for the plan: loading it back from the snapshot took 1.4 s at 5,000 articles.
let checked: PublishableContent | undefined;

async function run(request: ContentStep): Promise<boolean> {
  switch (request.step) {
    case "check": {
      const { publishable, content } = await checkContent(request.snapshot);
      checked = content;
      return publishable;
    }
    case "plan":
      writePageInputs(checked ?? loadSnapshot(request.snapshot), request.file);
      return true;
    case "cards":
      await drawCards(request.cards, request.folder);
      return true;
    case "images": {
      const written = await writeImageVariants(request.sources, defaultLocation.publicDir, request.folder, request.portraits);
      if (written.length > 0) console.log(`Images: wrote ${count(written.length, "file")} for ${count(new Set(request.sources).size, "story photo")} and ${count(new Set(request.portraits).size, "reporter's photo", "reporters' photos")}.`);
      return true;
    }
  }
}

const answer = (message: ContentStepAnswer) => process.send?.(message);

if (process.send) {
  process.on("message", (message) => {
    run(contentStep.parse(message)).then(
      (publishable) => answer({ done: true, publishable }),
      (error: unknown) => answer({ done: false, error: plainMessage(error) }),
    );
  });
  // The build is gone (finished, failed or killed): so is this.
  process.on("disconnect", () => process.exit(0));
}
