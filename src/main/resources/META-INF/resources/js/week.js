// ISO-8601 weeks ("2026-W49") and local times as the API writes them ("2026-12-01T08:30:00+01:00").

export function isoWeekOf(date) {
  const d = new Date(Date.UTC(date.getFullYear(), date.getMonth(), date.getDate()));
  const weekday = d.getUTCDay() || 7;
  d.setUTCDate(d.getUTCDate() + 4 - weekday); // the Thursday of this week decides its year
  const yearStart = new Date(Date.UTC(d.getUTCFullYear(), 0, 1));
  const week = Math.ceil(((d - yearStart) / 86400000 + 1) / 7);
  return `${d.getUTCFullYear()}-W${String(week).padStart(2, '0')}`;
}

export function mondayOf(isoWeek) {
  const [year, week] = isoWeek.split('-W').map(Number);
  const jan4 = new Date(Date.UTC(year, 0, 4));
  const monday = new Date(jan4);
  monday.setUTCDate(jan4.getUTCDate() - ((jan4.getUTCDay() || 7) - 1) + (week - 1) * 7);
  return monday;
}

export function shiftWeek(isoWeek, weeks) {
  const monday = mondayOf(isoWeek);
  monday.setUTCDate(monday.getUTCDate() + 7 * weeks);
  return isoWeekOf(new Date(monday.getUTCFullYear(), monday.getUTCMonth(), monday.getUTCDate()));
}

export const isIsoWeek = (value) => /^\d{4}-W\d{2}$/.test(value || '');

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
  const h = String(Math.floor(minutes / 60)).padStart(2, '0');
  const m = String(minutes % 60).padStart(2, '0');
  return `${day}T${h}:${m}:00${offset}`;
}

export const clock = (minutes) => `${String(Math.floor(minutes / 60) % 24).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;

const DAY_NAMES = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
export const dayLabel = (day) => `${DAY_NAMES[new Date(`${day}T12:00:00Z`).getUTCDay()]} ${day.substring(8, 10)}-${day.substring(5, 7)}`;
