// Dari and Pashto readers expect the Solar Hijri calendar, Afghan month names and Eastern
// Arabic-Indic digits; a month or a year alone stays Gregorian, marked as such.
import { describe, expect, it } from "vitest";
import { parseEventDate } from "@/lib/content/dates";
import { formatEventDate, formatPublicationDate } from "@/lib/i18n/date-format";
import { labelsFor } from "@/lib/i18n/labels";

const event = (value: string) => parseEventDate(value)!;
const dari = labelsFor("fa-AF");
const pashto = labelsFor("ps-AF");

describe("dates in Dari", () => {
  it("are in the Solar Hijri calendar with Afghan month names and Persian digits", () => {
    expect(formatPublicationDate("2025-12-25", dari.dates)).toBe("۴ جدی ۱۴۰۴");
    expect(formatPublicationDate("2025-03-21", dari.dates)).toBe("۱ حمل ۱۴۰۴");
    // The day the editor wrote, whatever the time zone.
    expect(formatPublicationDate("2025-12-25T23:30:00-05:00", dari.dates)).toBe("۴ جدی ۱۴۰۴");
  });

  it("give an event's day in that calendar, and a month or year in the Gregorian one", () => {
    expect(formatEventDate(event("2025-09-13"), false, dari)).toBe("۲۲ سنبلهٔ ۱۴۰۴");
    expect(formatEventDate(event("2025-09"), false, dari)).toBe("سپتمبر ۲۰۲۵ م.");
    expect(formatEventDate(event("2023"), true, dari)).toBe("حدود ۲۰۲۳ م.");
  });
});

describe("dates in Pashto", () => {
  it("are day, month, year, with no stray Latin era", () => {
    expect(formatPublicationDate("2025-12-25", pashto.dates)).toBe("۴ مرغومی ۱۴۰۴");
    expect(formatEventDate(event("2025-09"), false, pashto)).toBe("سېپتمبر ۲۰۲۵ م.");
    expect(formatEventDate(event("2023"), true, pashto)).toBe("شاوخوا ۲۰۲۳ م.");
  });
});
