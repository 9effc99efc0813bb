// Dates as readers see them: in their language's calendar and digits (lib/i18n/labels.ts), the
// day the editor wrote. Kept apart from lib/content/dates.ts so that checking an article never
// loads the dictionaries.
import { calendarParts, type EventDate, type EventPrecision } from "../content/dates";
import { labelsFor, type Labels } from "./labels";

const ENGLISH = labelsFor("en");

// Building a formatter loads locale data and costs far more than formatting with it; every
// listing dates each of its articles, so a build of 1,000 articles spent over a second here.
const formats = new Map<string, Intl.DateTimeFormat>();
function dateFormat(locale: string, options: Intl.DateTimeFormatOptions, withEra: boolean): Intl.DateTimeFormat {
  const key = JSON.stringify([locale, options, withEra]);
  let format = formats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, { ...options, ...(withEra && { era: "short" }), timeZone: "UTC" });
    formats.set(key, format);
  }
  return format;
}

/**
 * Day, month and year, in that order, from Intl's parts. Assembled rather than taken whole, since
 * some locales' patterns carry an era in Latin letters ("AP ۱۴۰۴ مرغومی ۴" in Pashto); the era is
 * kept only where it tells two calendars apart (a Gregorian year on a Solar Hijri page).
 */
function formatParts(locale: string, options: Intl.DateTimeFormatOptions, utc: number, withEra = false): string {
  const parts = dateFormat(locale, options, withEra).formatToParts(utc);
  const order: Intl.DateTimeFormatPartTypes[] = ["day", "month", "year", ...(withEra ? (["era"] as const) : [])];
  return order.flatMap((type) => parts.filter((part) => part.type === type).map((part) => part.value)).join(" ");
}

const FULL_DATE: Intl.DateTimeFormatOptions = { day: "numeric", month: "long", year: "numeric" };

/** "25 December 2025"; in Dari "۴ جدی ۱۴۰۴". The day is the one the editor wrote. */
export function formatPublicationDate(value: string, dates: Labels["dates"] = ENGLISH.dates): string {
  const parts = calendarParts(value);
  if (!parts) throw new RangeError(`not a publication date: ${value}`);
  const [year, month, day] = parts;
  return formatParts(dates.locale, FULL_DATE, Date.UTC(year, month - 1, day));
}

const TIME_OF_DAY: Intl.DateTimeFormatOptions = { hour: "2-digit", minute: "2-digit", hourCycle: "h23" };

/**
 * "2 December 2026, 09:30": a moment written with its offset, on the day and at the time of day
 * the editor wrote (the newsroom's clock), in the reader's calendar and digits.
 */
export function formatMoment(value: string, labels: Labels = ENGLISH): string {
  const [hour, minute] = value.slice(11, 16).split(":").map(Number);
  const time = dateFormat(labels.dates.locale, TIME_OF_DAY, false).format(Date.UTC(2000, 0, 1, hour, minute));
  return labels.dayAndTime(formatPublicationDate(value, labels.dates), time);
}

const EVENT_FORMAT: Record<EventPrecision, Intl.DateTimeFormatOptions> = {
  year: { year: "numeric" },
  month: { month: "long", year: "numeric" },
  day: FULL_DATE,
};

/**
 * "2023", "September 2025", "24 December 2025", or "about 2023" when the date is approximate. A
 * day is shown in the reader's calendar; a month or a year stays Gregorian (see Labels["dates"]),
 * marked as such when the reader's calendar is another.
 */
export function formatEventDate(date: EventDate, approximate = false, labels: Labels = ENGLISH): string {
  const [year, month = 1, day = 1] = date.value.split("-").map(Number);
  const locale = date.precision === "day" ? labels.dates.locale : labels.dates.periodLocale;
  const otherCalendar = locale !== labels.dates.locale;
  const text = formatParts(locale, EVENT_FORMAT[date.precision], Date.UTC(year, month - 1, day), otherCalendar);
  return approximate ? labels.approximately(text) : text;
}

