// Dates as editors write them. Publication dates keep the calendar day the editor typed (a
// 09:30+03:30 story is dated in Kabul's day, not the server's); event dates keep their precision.
// Readers see them in their language's calendar and digits: lib/i18n/date-format.ts.

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DATE_TIME =
  /^(\d{4})-(\d{2})-(\d{2})T(?:[01]\d|2[0-3]):[0-5]\d(?::[0-5]\d(?:\.\d{1,9})?)?(Z|[+-](?:[01]\d|2[0-3]):[0-5]\d)$/;

/**
 * The years a date can mean on a news site. A story is published from 1990 (the web's first
 * news pages) to 2099 (a year typed 2925 for 2025 is a typo, not an embargo). An event in a
 * timeline may be history, but from the year 1000 on: a year written with fewer digits (0099)
 * is a typo too, and dates before 100 would be shown in the 1900s by the calendars we use.
 */
export const PUBLICATION_YEARS = [1990, 2099] as const;
export const EVENT_YEARS = [1000, 2099] as const;

// The offsets places on Earth use run from -12:00 (Baker Island) to +14:00 (Kiribati).
const offsetMinutes = (offset: string) =>
  offset === "Z" ? 0 : (offset.startsWith("-") ? -1 : 1) * (Number(offset.slice(1, 3)) * 60 + Number(offset.slice(4, 6)));
const EVENT_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

function isCalendarDate(year: number, month: number, day: number): boolean {
  // setUTCFullYear, since Date.UTC reads years 0 to 99 as 1900 to 1999.
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** Year, month and day of a publication date, if it is one. */
export function calendarParts(value: string): [number, number, number] | undefined {
  const match = DATE.exec(value) ?? DATE_TIME.exec(value);
  if (!match) return undefined;
  const parts: [number, number, number] = [Number(match[1]), Number(match[2]), Number(match[3])];
  return isCalendarDate(...parts) ? parts : undefined;
}

/** `2025-12-25` or `2025-12-25T09:30:00+03:30`: a real calendar day, and an offset when there is a time. */
export function isPublicationDate(value: string): boolean {
  return calendarParts(value) !== undefined && publicationDateRangeProblem(value) === undefined;
}

/** Why a well-formed publication date cannot be meant (its year, its offset), if it cannot. */
export function publicationDateRangeProblem(value: string): string | undefined {
  const parts = calendarParts(value);
  if (!parts) return undefined;
  const [first, last] = PUBLICATION_YEARS;
  if (parts[0] < first || parts[0] > last) return `the year ${value.slice(0, 4)} is not one a story is published in (${first} to ${last}): is it a typo?`;
  const offset = DATE_TIME.exec(value)?.[4];
  if (offset && (offsetMinutes(offset) < -12 * 60 || offsetMinutes(offset) > 14 * 60)) {
    return `the offset ${offset} is not one any place uses: offsets run from -12:00 to +14:00 (Kabul is +04:30)`;
  }
  return undefined;
}

const WITHOUT_OFFSET = /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?$/;

/**
 * Why `value` is not a moment (a date-time with its offset, as a live story's updates are
 * dated), in words for the editor; undefined when it is one.
 */
export function momentProblem(value: string): string | undefined {
  if (WITHOUT_OFFSET.test(value)) {
    return `has no offset: write the newsroom's offset after the time, like ${value.replace(" ", "T")}+04:30 (Kabul is +04:30), so the time means the same everywhere`;
  }
  if (DATE.test(value)) return `needs the time as well as the day, with its offset, like ${value}T09:30:00+04:30`;
  if (!DATE_TIME.test(value) || !calendarParts(value)) return "expected a real date-time with its offset, like 2026-12-02T09:30:00+04:30";
  return publicationDateRangeProblem(value);
}

/** Milliseconds since the epoch, for ordering; a bare date counts from midnight UTC. */
export function publicationTime(value: string): number {
  return DATE.test(value) ? Date.parse(`${value}T00:00:00Z`) : Date.parse(value);
}

// One clock per zone, made once: making one costs far more than reading it, and every check and
// build asks each article's moment several times (at 5,000 articles, seconds of a warm check).
const zoneClocks = new Map<string, Intl.DateTimeFormat>();

function zoneClock(zone: string): Intl.DateTimeFormat {
  let clock = zoneClocks.get(zone);
  if (!clock) {
    clock = new Intl.DateTimeFormat("en-US", {
      timeZone: zone,
      hourCycle: "h23",
      year: "numeric",
      month: "numeric",
      day: "numeric",
      hour: "numeric",
      minute: "numeric",
      second: "numeric",
    });
    zoneClocks.set(zone, clock);
  }
  return clock;
}

/** How far `zone`'s clock is ahead of UTC at the moment `utc`, in milliseconds. */
function zoneOffset(utc: number, zone: string): number {
  const parts = zoneClock(zone).formatToParts(utc);
  const part = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((p) => p.type === type)?.value);
  const wall = Date.UTC(part("year"), part("month") - 1, part("day"), part("hour"), part("minute"), part("second"));
  return wall - Math.floor(utc / 1000) * 1000;
}

/**
 * The moment an article dated `value` goes out: its own moment when it has a time; for a bare
 * date, the first moment of that day in the newsroom's time zone `zone` (so "tomorrow" is the
 * newsroom's tomorrow, whatever the server's clock or the day somewhere else on Earth).
 */
export function publicationMoment(value: string, zone: string): number {
  if (!DATE.test(value)) return Date.parse(value);
  const midnight = Date.parse(`${value}T00:00:00Z`);
  // The offset at midnight there, checked again at the moment found, as a clock change can fall between.
  const guess = midnight - zoneOffset(midnight, zone);
  return midnight - zoneOffset(guess, zone);
}

/** Whether an article dated `value` is due by `now`, in the newsroom's time zone `zone`. */
export function isPublishedBy(value: string, now: number, zone: string): boolean {
  return publicationMoment(value, zone) <= now;
}

/**
 * Whether `later` is before `earlier`. A bare date has no time of day, so against it only the
 * calendar days are compared: an update on the day of publication is never "before" it.
 */
export function isBefore(later: string, earlier: string): boolean {
  if (DATE.test(later) || DATE.test(earlier)) return later.slice(0, 10) < earlier.slice(0, 10);
  return publicationTime(later) < publicationTime(earlier);
}

export type EventPrecision = "year" | "month" | "day";

export interface EventDate {
  /** As written, and valid for `<time datetime>`: `2023`, `2025-09` or `2025-09-13`. */
  value: string;
  precision: EventPrecision;
  /** Last millisecond of the period: orders "September 2025" after "13 September 2025". */
  end: number;
}

/** A well-formed event date's year, when it is outside EVENT_YEARS. */
export function eventYearOutOfRange(value: string): string | undefined {
  const year = EVENT_DATE.exec(value)?.[1];
  return year !== undefined && (Number(year) < EVENT_YEARS[0] || Number(year) > EVENT_YEARS[1]) ? year : undefined;
}

export function parseEventDate(value: string): EventDate | undefined {
  const match = EVENT_DATE.exec(value);
  if (!match || eventYearOutOfRange(value)) return undefined;
  const year = Number(match[1]);
  const month = match[2] === undefined ? undefined : Number(match[2]);
  const day = match[3] === undefined ? undefined : Number(match[3]);
  if (month !== undefined && (month < 1 || month > 12)) return undefined;
  if (day !== undefined && !isCalendarDate(year, month ?? 1, day)) return undefined;
  if (day !== undefined) return { value, precision: "day", end: Date.UTC(year, month! - 1, day + 1) - 1 };
  if (month !== undefined) return { value, precision: "month", end: Date.UTC(year, month, 1) - 1 };
  return { value, precision: "year", end: Date.UTC(year + 1, 0, 1) - 1 };
}

/**
 * The strict ISO 8601 form that sitemaps, feeds and schema.org read: a date-time gains its seconds
 * and is given in UTC. A bare date stays a date, since inventing a time of day would misstate it.
 */
export function machineDate(value: string): string {
  return DATE.test(value) ? value : new Date(publicationTime(value)).toISOString();
}
