// One shape for every content mistake, so the build, the checker and the tests all print the same
// "file:line: field: message" lines that editors learn to read.
export interface ContentProblem {
  file: string;
  line?: number;
  field?: string;
  message: string;
  /** Warnings are printed but do not stop the build. */
  severity?: "error" | "warning";
}

export const isWarning = (problem: ContentProblem) => problem.severity === "warning";

export function formatProblem({ file, line, field, message, severity }: ContentProblem): string {
  const where = line === undefined ? file : `${file}:${line}`;
  const what = severity === "warning" ? `warning: ${message}` : message;
  return field ? `${where}: ${field}: ${what}` : `${where}: ${what}`;
}

/** In the order an editor reads: file by file, top to bottom. */
export function sortProblems(problems: readonly ContentProblem[]): ContentProblem[] {
  return [...problems].sort((a, b) => a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0));
}

/** "1 draft", "2 drafts"; or with the plural given, "1 story", "2 stories". */
export const count = (n: number, noun: string, plural = `${noun}s`) => `${n} ${n === 1 ? noun : plural}`;

/** "a, b and c", as the messages list things. */
export const listed = (items: readonly string[]) => (items.length < 2 ? items.join("") : `${items.slice(0, -1).join(", ")} and ${items.at(-1)}`);

/** "2 errors and 1 warning in 3 files", or "no problems". */
export function summarize(problems: readonly ContentProblem[]): string {
  if (problems.length === 0) return "no problems";
  const warnings = problems.filter(isWarning).length;
  const files = new Set(problems.map((p) => p.file)).size;
  return `${count(problems.length - warnings, "error")} and ${count(warnings, "warning")} in ${count(files, "file")}`;
}

export class ContentError extends Error {
  readonly problems: readonly ContentProblem[];

  constructor(problems: readonly ContentProblem[]) {
    const sorted = sortProblems(problems);
    const files = new Set(sorted.map((p) => p.file)).size;
    super(
      `${count(sorted.length, "content problem")} in ${count(files, "file")}:\n${sorted.map((p) => `  ${formatProblem(p)}`).join("\n")}`,
    );
    this.name = "ContentError";
    this.problems = sorted;
  }
}
