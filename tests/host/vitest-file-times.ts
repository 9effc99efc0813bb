// Vitest's part of the run's file times (tests/host/file-times.ts): each file's tests and hooks.
import type { Reporter, TestModule } from "vitest/node";
import { recordFileTimes } from "./file-times";

export default class VitestFileTimes implements Reporter {
  onTestRunEnd(modules: ReadonlyArray<TestModule>): void {
    recordFileTimes("vitest", new Map(modules.map((module) => [module.moduleId, module.diagnostic().duration / 1000])));
  }
}
