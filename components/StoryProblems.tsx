import type { ContentProblem } from "@/lib/content/problems";

/**
 * Seen only in `next dev`, in place of a draft or scheduled story that cannot be read: what is
 * wrong with it, line by line, in the check's own words. The rest of the preview works meanwhile.
 */
export function StoryProblems({ file, problems }: { file: string; problems: readonly ContentProblem[] }) {
  return (
    <article className="article">
      <div className="preview-banner" role="status">
        <h1>This story has problems</h1>
        <p>
          <code>{file}</code> is not on the site, and cannot be until these are fixed. Save the file and reload this page to check again.
        </p>
        <ul>
          {problems.map(({ line, field, message, severity }, index) => (
            <li key={index}>
              {line !== undefined && <>Line {line}: </>}
              {field && <code>{field}</code>}
              {field && ": "}
              {severity === "warning" && <strong>warning: </strong>}
              {message}
            </li>
          ))}
        </ul>
      </div>
    </article>
  );
}
