// An async task for the inParallel tests: the real slug function, answered after a wait that
// differs from item to item, so that the items finish out of order.
import { setTimeout as wait } from "node:timers/promises";
import { termSlug } from "@/lib/content/taxonomy";
import { threadTask } from "@/scripts/build/in-parallel";

export const asyncSlugTask = threadTask(__filename, async (name: string) => {
  if (name === "") throw new Error("no name to make a slug of");
  await wait(name.length % 3);
  return termSlug(name);
});
