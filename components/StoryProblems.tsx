import type { HeldBackStory } from "@/lib/site-content";

/**
 * Seen only in `next dev`, in place of a story with errors: what is wrong with it, line by line, in
 * the check's own words. The rest of the preview works meanwhile.
 */
export function StoryProblems({ file, problems, stopsBuild }: HeldBackStory) {
  return (
    <article className="article">
      <div className="preview-banner" role="status">
        <h1>This story has problems</h1>
        <p>
          <code>{file}</code>{" "}
          {/* A published story's errors stop the build itself, so every other story waits for them. */}
          {stopsBuild ? "stops every build: no story can be published until these are fixed." : "is not on the site, and cannot be until these are fixed."}{" "}
          Save the file and reload this page to check again.
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
