import type { Article } from "@/lib/content/article";
import { formatEventDate } from "@/lib/i18n/date-format";
import { linkRel } from "@/lib/render/external-links";
import { labelsFor, type Labels } from "@/lib/i18n/labels";

interface TimelineProps {
  events: Article["timeline"];
  mentionedIn: Article["mentionedIn"];
  labels?: Labels;
}

/**
 * "Related events": the story so far, oldest first, with this article's own event marked, and
 * the other articles whose timelines include this one.
 */
export function Timeline({ events, mentionedIn, labels = labelsFor("en") }: TimelineProps) {
  if (events.length === 0 && mentionedIn.length === 0) return null;
  return (
    <aside className="timeline" aria-labelledby="related-events">
      <h2 id="related-events">{labels.relatedEvents}</h2>
      {events.length > 0 && (
        <ol>
          {events.map((event, index) => {
            const href = event.href ?? event.url;
            return (
              <li key={index} className={event.isThisArticle ? "timeline-event this-article" : "timeline-event"}>
                <time dateTime={event.date.value}>{formatEventDate(event.date, event.approximate, labels)}</time>
                <p className="timeline-title">
                  {href ? (
                    <a href={href} rel={linkRel(href)}>
                      {event.title}
                    </a>
                  ) : (
                    event.title
                  )}
                </p>
                {event.place && <p className="timeline-place">{event.place}</p>}
                {event.summary && <p className="timeline-summary">{event.summary}</p>}
                {event.isThisArticle && <p className="timeline-marker">{labels.thisArticle}</p>}
              </li>
            );
          })}
        </ol>
      )}
      {mentionedIn.length > 0 && (
        <p className="timeline-mentions">
          {labels.alsoInTimelineOf}{" "}
          {mentionedIn.map((mention, index) => (
            <span key={mention.href}>
              {index > 0 && "; "}
              <a href={mention.href}>{mention.title}</a>
            </span>
          ))}
        </p>
      )}
    </aside>
  );
}
