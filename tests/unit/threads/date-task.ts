// A task for the inParallel tests that fails on one item: a date the site cannot show.
import { formatPublicationDate } from "@/lib/i18n/date-format";
import { threadTask } from "@/scripts/build/in-parallel";

export const dateTask = threadTask(__filename, formatPublicationDate);
