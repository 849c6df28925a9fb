// Meetings as an iCalendar file (RFC 5545) that Outlook imports: all-day events (DTEND is the
// day after the last day), stable UIDs, related meetings as their own events (RELATED-TO the
// main one). Written here rather than with the `ics` package because ics 3.12 folds lines at 75
// *characters* (runes), not 75 octets: a Vietnamese line of 75 characters is up to ~225 octets,
// which breaks the RFC and some importers. This writer folds at 75 octets, never inside a UTF-8
// character (nor, where it fits, inside a grapheme such as an emoji sequence).
import type { MeetingRow } from '../../../db/repo/exports/lists';
import { pick, place, shortName, word, type Lang } from './format';

/** UTF-8 length without encoding: 1–4 octets per code point. */
function octets(s: string): number {
  let n = 0;
  for (const ch of s) {
    const cp = ch.codePointAt(0)!;
    n += cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
  }
  return n;
}
const segmenter = new Intl.Segmenter('und', { granularity: 'grapheme' });

/** TEXT escaping: backslash, semicolon, comma, newline; other control characters dropped. */
export function escapeText(s: string): string {
  return s
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n')
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, '');
}

/** Folds one content line into lines of at most 75 octets; continuation lines start with a space. */
export function foldLine(line: string): string {
  if (line.length <= 18 || octets(line) <= 75) return line;
  const out: string[] = [];
  let current = '';
  let size = 0;
  const push = (piece: string) => {
    const len = octets(piece);
    const limit = out.length === 0 ? 75 : 74; // a continuation line's leading space is one of its 75
    if (size + len > limit && current !== '') {
      out.push(current);
      current = '';
      size = 0;
    }
    current += piece;
    size += len;
  };
  for (const { segment } of segmenter.segment(line)) {
    if (octets(segment) <= 74) push(segment);
    else for (const cp of segment) push(cp); // an overlong grapheme: split between code points
  }
  out.push(current);
  return out.join('\r\n ');
}

const basic = (d: string) => d.replace(/-/g, '');
function nextDay(d: string): string {
  const t = new Date(`${d}T00:00:00Z`);
  t.setUTCDate(t.getUTCDate() + 1);
  return t.toISOString().slice(0, 10);
}
const stamp = (iso: string) => iso.replace(/[-:]/g, '').replace(/\.\d+/, '').replace(/Z?$/, 'Z');

const STATUS: Record<string, string> = { planned: 'TENTATIVE', confirmed: 'CONFIRMED', held: 'CONFIRMED', cancelled: 'CANCELLED' };

export function uidOf(meetingId: string): string {
  return `${meetingId}@asoen-desk`;
}

/** The calendar's opening lines (folded, CRLF-terminated). */
export function calendarHeader(lang: Lang): string {
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//ASOEN Vietnam//ASOEN Desk//VI',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeText(lang === 'vi' ? 'Lịch họp ASEAN (ASOEN Desk)' : 'ASEAN meetings (ASOEN Desk)')}`,
  ];
  return lines.map(foldLine).join('\r\n') + '\r\n';
}

export const CALENDAR_END = 'END:VCALENDAR\r\n';

/** One event per meeting (folded, CRLF-terminated): the file is written a page of meetings at a time. */
export function calendarEvents(rows: MeetingRow[], lang: Lang, nowIso: string): string {
  const lines: string[] = [];
  for (const m of rows) {
    const description = [
      `${m.bodyCode} — ${pick(lang, m.bodyNameVi, m.bodyNameEn)}`,
      `${word('meetingStatus', m.status, lang)} · ${word('format', m.format, lang)}`,
      m.parentTitleVi || m.parentTitleEn ? `${lang === 'vi' ? 'Thuộc chuỗi' : 'Part of'}: ${pick(lang, m.parentTitleVi, m.parentTitleEn)}` : '',
      m.notes ?? '',
    ]
      .filter(Boolean)
      .join('\n');
    lines.push(
      'BEGIN:VEVENT',
      `UID:${uidOf(m.id)}`,
      `DTSTAMP:${stamp(nowIso)}`,
      `LAST-MODIFIED:${stamp(m.updatedAt)}`,
      `SEQUENCE:${Math.max(0, m.version - 1)}`,
      `DTSTART;VALUE=DATE:${basic(m.startDate)}`,
      `DTEND;VALUE=DATE:${basic(nextDay(m.endDate))}`,
      `SUMMARY:${escapeText(`${shortName(m)}: ${pick(lang, m.titleVi, m.titleEn)}`)}`,
    );
    const where = place(m, lang);
    if (where) lines.push(`LOCATION:${escapeText(where)}`);
    lines.push(`DESCRIPTION:${escapeText(description)}`, `STATUS:${STATUS[m.status] ?? 'CONFIRMED'}`, 'TRANSP:TRANSPARENT', `CATEGORIES:${escapeText(m.bodyCode)}`);
    if (m.parentId) lines.push(`RELATED-TO;RELTYPE=PARENT:${uidOf(m.parentId)}`);
    lines.push('END:VEVENT');
  }
  return lines.length ? lines.map(foldLine).join('\r\n') + '\r\n' : '';
}

export function renderCalendar(rows: MeetingRow[], lang: Lang, nowIso: string): Buffer {
  return Buffer.from(calendarHeader(lang) + calendarEvents(rows, lang, nowIso) + CALENDAR_END, 'utf8');
}

export function calendarStem(date: string, lang: Lang): string {
  return lang === 'vi' ? `Lịch họp ASEAN ${date}` : `ASEAN meetings ${date}`;
}
