// File names that are safe on Windows shares and readable by people: no reserved characters or
// names, no trailing dots or spaces, bounded length, Vietnamese letters kept (NFC, as Windows
// and macOS users type them).

/** Characters Windows refuses in a file name, and control characters. */
// eslint-disable-next-line no-control-regex
const RESERVED_CHARS = /[<>:"/\\|?*\u0000-\u001f\u007f]/g;
const RESERVED_NAMES = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])$/i;
export const MAX_NAME_LENGTH = 150;

/** Cuts a string to at most `max` code points without splitting a surrogate pair. */
function cut(s: string, max: number): string {
  const points = Array.from(s);
  return points.length <= max ? s : points.slice(0, max).join('');
}

/**
 * A file name Windows, macOS and Linux all accept. `ext` (with its dot) is kept whole; the stem
 * is cleaned and shortened so that the whole name stays within `max` characters.
 */
export function safeFileName(stem: string, ext: string, max = MAX_NAME_LENGTH): string {
  const cleanExt = ext.normalize('NFC').replace(RESERVED_CHARS, '').replace(/[. ]+$/, '');
  let s = stem
    .normalize('NFC')
    .replace(RESERVED_CHARS, '-')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^[. ]+/, '');
  s = cut(s, Math.max(1, max - Array.from(cleanExt).length)).replace(/[. ]+$/, '');
  if (s === '') s = 'ASOEN Desk';
  // CON, PRN, AUX, NUL, COM1–9, LPT1–9 are reserved with any extension ("CON.txt", "nul.tar.gz").
  const firstPart = s.split('.')[0]!.trim();
  if (RESERVED_NAMES.test(firstPart)) s = `_${s}`;
  return `${s}${cleanExt}`;
}

/** 'name (2).ext' for 'name.ext': the versioned name used when the target is held open. */
export function versionedName(fileName: string, n: number): string {
  const dot = fileName.lastIndexOf('.');
  const stem = dot > 0 ? fileName.slice(0, dot) : fileName;
  const ext = dot > 0 ? fileName.slice(dot) : '';
  return `${stem} (${n})${ext}`;
}
