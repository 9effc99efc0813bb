// Dates as readers see them, and the rules editors' dates are checked against.
import { describe, expect, it } from "vitest";
import { isBefore, isPublicationDate, machineDate, parseEventDate, type EventDate } from "@/lib/content/dates";
import { formatEventDate, formatPublicationDate } from "@/lib/i18n/date-format";

const eventDate = (value: string): EventDate => {
  const date = parseEventDate(value);
  if (!date) throw new Error(`${value} should be an event date`);
  return date;
};

describe("formatEventDate", () => {
  it("shows a year alone", () => {
    expect(formatEventDate(eventDate("2023"))).toBe("2023");
  });

  it("shows a month with its year", () => {
    expect(formatEventDate(eventDate("2025-09"))).toBe("September 2025");
  });

  it("shows a day, month and year", () => {
    expect(formatEventDate(eventDate("2025-12-24"))).toBe("24 December 2025");
  });

  it("says 'about' when the date is approximate", () => {
    expect(formatEventDate(eventDate("2023"), true)).toBe("about 2023");
  });
});

describe("parseEventDate", () => {
  it.each(["2025-13", "2025-00", "2025-02-29", "2025-9", "25-09-13", "September 2025"])("rejects %s", (value) => {
    expect(parseEventDate(value)).toBeUndefined();
  });

  it("accepts 29 February in a leap year", () => {
    expect(parseEventDate("2024-02-29")).toMatchObject({ value: "2024-02-29", precision: "day" });
  });
});

describe("formatPublicationDate", () => {
  it("shows a date as day, month and year", () => {
    expect(formatPublicationDate("2025-12-25")).toBe("25 December 2025");
  });

  it("shows a date-time on the calendar day written, whatever the offset", () => {
    // 00:30 in Kabul is still 24 December in UTC; readers see the day the editor wrote.
    expect(formatPublicationDate("2025-12-25T00:30:00+04:30")).toBe("25 December 2025");
    expect(formatPublicationDate("2025-12-25T23:30:00-05:00")).toBe("25 December 2025");
  });

  it("refuses what is not a publication date", () => {
    expect(() => formatPublicationDate("25/12/2025")).toThrow(RangeError);
  });
});

describe("isPublicationDate", () => {
  it.each(["2025-12-25", "2024-02-29", "2025-12-25T09:30:00+03:30", "2025-12-25T09:30Z", "2025-12-25T09:30:00.123-05:00"])(
    "accepts %s",
    (value) => {
      expect(isPublicationDate(value)).toBe(true);
    },
  );

  it.each([
    "25/12/2025",
    "2025-02-30",
    "2025-02-29",
    "2025-13-01",
    "2025-12-25T09:30:00",
    "2025-12-25T24:00:00Z",
    "2025-12-25 09:30:00+03:30",
    "2025-12",
    "",
  ])("rejects %j", (value) => {
    expect(isPublicationDate(value)).toBe(false);
  });
});

describe("isBefore", () => {
  it("compares two bare dates by day", () => {
    expect(isBefore("2025-12-24", "2025-12-25")).toBe(true);
    expect(isBefore("2025-12-25", "2025-12-24")).toBe(false);
    expect(isBefore("2025-12-25", "2025-12-25")).toBe(false);
  });

  it("does not call a date-time before a bare date on the same day, either way round", () => {
    expect(isBefore("2025-12-25T00:01:00+03:30", "2025-12-25")).toBe(false);
    expect(isBefore("2025-12-25", "2025-12-25T23:59:00+03:30")).toBe(false);
  });

  it("compares a date-time with a bare date by the day written", () => {
    expect(isBefore("2025-12-24T23:59:00+03:30", "2025-12-25")).toBe(true);
  });

  it("compares two date-times as moments, taking their offsets into account", () => {
    // 09:00 in Kabul (+04:30) is 04:30 UTC; 08:01 in Tehran (+03:30) is 04:31 UTC.
    expect(isBefore("2025-12-25T09:00:00+04:30", "2025-12-25T08:01:00+03:30")).toBe(true);
    expect(isBefore("2025-12-25T08:01:00+03:30", "2025-12-25T09:00:00+04:30")).toBe(false);
  });
});

describe("machineDate", () => {
  it("keeps a bare date a date, inventing no time of day", () => {
    expect(machineDate("2025-12-25")).toBe("2025-12-25");
  });

  it("gives a date-time its seconds, in UTC, as sitemaps and schema.org read it", () => {
    expect(machineDate("2025-12-25T09:30+03:30")).toBe("2025-12-25T06:00:00.000Z");
    expect(machineDate("2025-12-25T00:15:00+04:30")).toBe("2025-12-24T19:45:00.000Z");
  });
});
