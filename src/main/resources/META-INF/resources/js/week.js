// Time, in one place: ISO weeks ("2026-W49"), days ("2026-12-01"), local times as the API writes them
// ("2026-12-01T08:30:00+01:00") and the team's time zone (today, wall-clock times, offsets across DST).

export const DAYS = ['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY', 'SUNDAY'];
export const DAY_LABEL = {
  MONDAY: 'Monday', TUESDAY: 'Tuesday', WEDNESDAY: 'Wednesday', THURSDAY: 'Thursday', FRIDAY: 'Friday',
  SATURDAY: 'Saturday', SUNDAY: 'Sunday',
};
export const DAY_SHORT = {
  MONDAY: 'Mon', TUESDAY: 'Tue', WEDNESDAY: 'Wed', THURSDAY: 'Thu', FRIDAY: 'Fri', SATURDAY: 'Sat', SUNDAY: 'Sun',
};

const pad = (n) => String(n).padStart(2, '0');

/** A time of day as people type it: "08:30", "8:30", "8.30", "830", "8" → "08:30"; "" → null; else undefined. */
export function timeOfDay(text) {
  if (!text.trim()) {
    return null;
  }
  const m = text.trim().match(/^(\d{1,2})(?:[:.]?(\d{2}))?$/);
  if (!m || Number(m[1]) > 23 || Number(m[2] || 0) > 59) {
    return undefined;
  }
  return `${m[1].padStart(2, '0')}:${m[2] || '00'}`;
}
const noon = (day) => new Date(`${day}T12:00:00Z`);

// ---- days and ISO weeks: plain calendar arithmetic, no time zone involved ----

/** The ISO week a day (yyyy-mm-dd) belongs to: "2026-W49". */
export function isoWeekOf(day) {
  const d = new Date(`${day}T00:00:00Z`);
  const weekday = d.getUTCDay() || 7;
  d.setUTCDate(d.getUTCDate() + 4 - weekday); // the Thursday of this week decides its year
  const yearStart = Date.UTC(d.getUTCFullYear(), 0, 1);
  const week = Math.ceil(((d - yearStart) / 86400000 + 1) / 7);
  return `${d.getUTCFullYear()}-W${pad(week)}`;
}

/** The Monday of an ISO week, yyyy-mm-dd. */
export function mondayOf(isoWeek) {
  const [year, week] = isoWeek.split('-W').map(Number);
  const jan4 = new Date(Date.UTC(year, 0, 4));
  jan4.setUTCDate(jan4.getUTCDate() - ((jan4.getUTCDay() || 7) - 1) + (week - 1) * 7);
  return jan4.toISOString().slice(0, 10);
}

export const shiftWeek = (isoWeek, weeks) => isoWeekOf(addDays(mondayOf(isoWeek), 7 * weeks));

export const isIsoWeek = (value) => /^\d{4}-W\d{2}$/.test(value || '');

export function addDays(day, days) {
  const d = noon(day);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

const DAY_NAMES = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
/** "Tue 01-12" */
export const dayLabel = (day) => `${DAY_NAMES[noon(day).getUTCDay()]} ${day.substring(8, 10)}-${day.substring(5, 7)}`;

/** "Wed 2 Dec 2026" */
export function longDate(day) {
  return noon(day).toLocaleDateString('en-GB', {
    weekday: 'short', day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC',
  });
}

// ---- local times as the API writes them: the wall clock and the offset are in the text ----

/** "08:30" of a local ISO time, or '' */
export const hhmm = (iso) => (iso ? iso.substring(11, 16) : '');

/** Minutes after midnight of `day` (yyyy-mm-dd) of a local ISO time; past midnight counts on (24:30 = 1470). */
export function minutesOn(day, iso) {
  const minutes = Number(iso.substring(11, 13)) * 60 + Number(iso.substring(14, 16));
  const date = iso.substring(0, 10);
  return date === day ? minutes : minutes + Math.round((Date.parse(date) - Date.parse(day)) / 60000);
}

/** The UTC offset part of a local ISO time ("+01:00", or "Z"). */
export const offsetOf = (iso) => iso.substring(19).replace(/^\.\d+/, '');

/** yyyy-mm-ddTHH:MM:00±hh:mm for a day, a minute of that day and an offset. */
export function localTime(day, minutes, offset) {
  return `${day}T${pad(Math.floor(minutes / 60))}:${pad(minutes % 60)}:00${offset}`;
}

/** "08:30" for 510 minutes (the hour wraps past midnight). */
export const clock = (minutes) => `${pad(Math.floor(minutes / 60) % 24)}:${pad(minutes % 60)}`;

// ---- the team's time zone: instants (UTC stamps) shown and entered as the team's wall clock ----

/** The team's zone as the page knows it (the team record), Europe/Amsterdam if unknown. */
export const teamZone = (ctx) => ctx.team?.timeZone || 'Europe/Amsterdam';

function offsetMinutes(timeZone, date) {
  const name = new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName: 'longOffset' })
    .formatToParts(date).find((p) => p.type === 'timeZoneName')?.value || 'GMT';
  const m = name.match(/GMT([+-])(\d{1,2}):?(\d{2})?/);
  return m ? (m[1] === '-' ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3] || 0)) : 0;
}

/** "2026-12-02", "07:00" in Europe/Amsterdam → "2026-12-02T07:00:00+01:00". */
export function zonedIso(date, time, timeZone) {
  const [y, mo, d] = date.split('-').map(Number);
  const [h, mi] = (time || '00:00').split(':').map(Number);
  const wall = Date.UTC(y, mo - 1, d, h, mi);
  let offset = offsetMinutes(timeZone, new Date(wall));
  offset = offsetMinutes(timeZone, new Date(wall - offset * 60000));
  const a = Math.abs(offset);
  return `${date}T${pad(h)}:${pad(mi)}:00${offset < 0 ? '-' : '+'}${pad(Math.floor(a / 60))}:${pad(a % 60)}`;
}

/** An instant as the team's wall-clock date and time: {date: "2026-12-02", time: "07:00"}. */
export function zonedParts(iso, timeZone) {
  const parts = Object.fromEntries(new Intl.DateTimeFormat('en-GB', {
    timeZone, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23',
  }).formatToParts(new Date(iso)).map((p) => [p.type, p.value]));
  return { date: `${parts.year}-${parts.month}-${parts.day}`, time: `${parts.hour}:${parts.minute}` };
}

/** Today's date where the team is (not where the browser is, nor in UTC). */
export const todayIn = (timeZone) => zonedParts(new Date().toISOString(), timeZone).date;

/** An instant in words, on the team's clock: "Tue 1 Dec 2026, 09:00" (or as `options` ask). */
export function zonedText(iso, timeZone, options) {
  return new Date(iso).toLocaleString('en-GB', options ? { ...options, timeZone } : {
    weekday: 'short', day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit', timeZone,
  });
}
