import type { ArchiveMonth } from "@/lib/enrich/archive";
import { archivePath } from "@/lib/site";

/** The months of a year in the archive's words: "September 2025". */
export const monthName = (year: number, month: number) =>
  new Intl.DateTimeFormat("en-GB", { month: "long", year: "numeric", timeZone: "UTC" }).format(Date.UTC(year, month - 1, 1));

/** Every month with stories, newest first, grouped by year, each with how many stories it has. */
export function ArchiveIndex({ months }: { months: Pick<ArchiveMonth, "year" | "month" | "stories">[] }) {
  const years = [...new Set(months.map((entry) => entry.year))];
  return (
    <div className="archive">
      <h1>Archive</h1>
      {months.length === 0 && <p>No articles have been published yet.</p>}
      {years.map((year) => (
        <section key={year} aria-labelledby={`year-${year}`}>
          <h2 id={`year-${year}`}>{year}</h2>
          <ul className="archive-months">
            {months
              .filter((entry) => entry.year === year)
              .map(({ month, stories }) => (
                <li key={month}>
                  <a href={archivePath(year, month)}>{monthName(year, month)}</a> ({stories.length} {stories.length === 1 ? "story" : "stories"})
                </li>
              ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
