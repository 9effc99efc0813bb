// What the build and its content steps' process (content-steps.ts) say to each other: a step asked
// for, and its answer. Parsed on arrival, as anything from another process is.
import { z } from "zod";
import { socialCardAt } from "../../lib/publish/seo";

export const contentStep = z.discriminatedUnion("step", [
  z.object({ step: z.literal("check"), snapshot: z.string() }),
  z.object({ step: z.literal("plan"), snapshot: z.string(), file: z.string() }),
  z.object({ step: z.literal("cards"), cards: z.array(socialCardAt), folder: z.string() }),
  z.object({ step: z.literal("images"), sources: z.array(z.string()), portraits: z.array(z.string()), folder: z.string() }),
]);
export type ContentStep = z.infer<typeof contentStep>;

/** A step's answer: done (the check saying whether the content can be published), or why not. */
export const contentStepAnswer = z.union([z.object({ done: z.literal(true), publishable: z.boolean() }), z.object({ done: z.literal(false), error: z.string() })]);
export type ContentStepAnswer = z.infer<typeof contentStepAnswer>;
