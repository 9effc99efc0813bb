// A task for the inParallel tests: the real slug function, declared as threads run it.
import { termSlug } from "@/lib/content/taxonomy";
import { threadTask } from "@/scripts/build/in-parallel";

export const slugTask = threadTask(__filename, termSlug);
