// Playwright's part of the run's file times (tests/host/file-times.ts): each file's tests, in
// every project, with their hooks.
import type { Reporter, TestCase, TestResult } from "@playwright/test/reporter";
import { recordFileTimes } from "./file-times";

export default class PlaywrightFileTimes implements Reporter {
  private readonly times = new Map<string, number>();

  onTestEnd(test: TestCase, result: TestResult): void {
    this.times.set(test.location.file, (this.times.get(test.location.file) ?? 0) + result.duration / 1000);
  }

  onEnd(): void {
    recordFileTimes("playwright", this.times);
  }
}
