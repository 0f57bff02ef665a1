const DISPLAY_FORMAT = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
});

/** True when the string is a YYYY-MM-DD date that exists in the calendar. */
export function isIsoDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

/** Formats an ISO date for readers: "17 August 2025". */
export function formatDisplayDate(isoDate: string): string {
  return DISPLAY_FORMAT.format(new Date(`${isoDate}T00:00:00Z`));
}

/** The year of an ISO date, as a number. */
export function yearOf(isoDate: string): number {
  return Number(isoDate.slice(0, 4));
}
