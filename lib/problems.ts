// One shape for every content mistake, so the build, the checker and the tests all print the same
// "file:line: field: message" lines that editors learn to read.
export interface ContentProblem {
  file: string;
  line?: number;
  field?: string;
  message: string;
}

export function formatProblem({ file, line, field, message }: ContentProblem): string {
  const where = line === undefined ? file : `${file}:${line}`;
  return field ? `${where}: ${field}: ${message}` : `${where}: ${message}`;
}

export class ContentError extends Error {
  readonly problems: readonly ContentProblem[];

  constructor(unordered: readonly ContentProblem[]) {
    // In the order an editor reads: file by file, top to bottom.
    const problems = [...unordered].sort(
      (a, b) => a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0),
    );
    const files = new Set(problems.map((p) => p.file)).size;
    const summary = `${problems.length} content problem${problems.length === 1 ? "" : "s"} in ${files} file${files === 1 ? "" : "s"}`;
    super(`${summary}:\n${problems.map((p) => `  ${formatProblem(p)}`).join("\n")}`);
    this.name = "ContentError";
    this.problems = problems;
  }
}
