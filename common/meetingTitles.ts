// The title proposed for a new meeting of a body, as the secretariat writes it in its reports, in
// both languages. Pure: the body's names and code and the number in, the two titles out.
//
// Vietnamese ("lần thứ n" once, "Hội nghị" once):
//   - a body whose name is itself a meeting ("Hội nghị Bộ trưởng Môi trường ASEAN", "Đối thoại
//     ASEAN - Nhật Bản…"): the name, then "lần thứ n": "Hội nghị Bộ trưởng Môi trường ASEAN lần thứ 17 (AMME 17)";
//   - the meeting of the parties ("Hội nghị các Bên…"): "Hội nghị lần thứ 21 các Bên… (COP 21)";
//   - a body of officials ("Tổ chức các Quan chức Cao cấp ASEAN về Môi trường"): "Hội nghị Quan
//     chức Cao cấp ASEAN về Môi trường lần thứ 35 (ASOEN 35)";
//   - any other body (working group, committee, board, task force…): "Hội nghị lần thứ 36 Nhóm
//     công tác ASEAN về… (AWGNCB 36)", as the annual reports write it.
// English:
//   - a name that is itself a meeting (Meeting, Summit, Dialogue, Forum): "17th ASEAN Ministerial
//     Meeting on the Environment (AMME 17)", "47th ASEAN Summit";
//   - any other body: "35th Meeting of the ASEAN Senior Officials on the Environment (ASOEN 35)".
// The code in brackets is the body's short code with the number ("COP 21" for COP-AATHP), left
// out where the body has no short code of its own (the Summit, the dialogues with long codes).

export interface TitleBody {
  code: string;
  nameVi: string;
  nameEn: string;
}

/** 1 → '1st', 2 → '2nd', 3 → '3rd', 11–13 → '11th'…, 21 → '21st', 22 → '22nd'. */
export function ordinal(n: number): string {
  const tens = n % 100;
  if (tens >= 11 && tens <= 13) return `${n}th`;
  switch (n % 10) {
    case 1:
      return `${n}st`;
    case 2:
      return `${n}nd`;
    case 3:
      return `${n}rd`;
    default:
      return `${n}th`;
  }
}

/** A name's trailing "(CODE)", taken off: ['Ủy ban…', 'COM']. */
function splitTrailingCode(name: string): [string, string | null] {
  const m = /^(.*\S)\s*\(([^()]+)\)$/.exec(name.trim());
  return m ? [m[1]!, m[2]!.trim()] : [name.trim(), null];
}

/** The short code written beside the number: 'ASOEN', 'COP' for COP-AATHP, none for SUMMIT or ASEAN-KR-ECC. */
export function shortCode(code: string): string | null {
  // The treaty's bodies (COP-AATHP, COM-AATHP) and the ASEAN Plus Three meeting (APT-SOME) go by their first or last word.
  const treaty = /^([A-Z]{2,})-AATHP$/.exec(code) ?? /^APT-([A-Z]{2,})$/.exec(code);
  if (treaty) return treaty[1]!;
  if (code === 'SUMMIT') return null;
  return /^[A-Z][A-Za-z0-9]*(\+3)?$/.test(code) ? code : null;
}

const MEETING_WORDS_VI = ['Hội nghị ', 'Đối thoại '];
const OFFICIALS_VI = 'Tổ chức các ';
const PARTIES_VI = 'Hội nghị các ';

/** '(ASOEN 35)'; a code that already says which meeting ('ASOMM+3') stands alone. */
const bracket = (short: string, n: number) => (short.includes('+') ? ` (${short})` : ` (${short} ${n})`);

/**
 * A body's name written as the office writes it inside a meeting's title (the seeds, the annual
 * reports): "Quan chức cấp cao" (not "Cao cấp"/"Cấp cao"), and the field after "về" in lower
 * case ("về môi trường", "về khoáng sản"), acronyms (ASEAN, ASEAN+3) and the names of
 * organisations ("Trung tâm ASEAN về Đa dạng sinh học") kept as they are.
 */
export function officeCaseVi(name: string): string {
  let out = name.replace(/Quan chức (Cao cấp|Cấp cao)/g, 'Quan chức cấp cao');
  if (/Trung tâm/.test(out)) return out;
  out = out.replace(/ về (.+)$/, (_m, field: string) => ` về ${field.split(' ').map((w) => (/^[^a-zà-ỹđ]*$|[A-Z].*[A-Z]/u.test(w) ? w : w.toLocaleLowerCase('vi'))).join(' ')}`);
  return out;
}

export function titleVi(body: TitleBody, n: number | null): string {
  const [rawName, named] = splitTrailingCode(body.nameVi);
  const name = officeCaseVi(rawName);
  const short = named ?? shortCode(body.code);
  const nth = n ? ` lần thứ ${n}` : '';
  let title: string;
  if (name.startsWith(PARTIES_VI)) title = n ? `Hội nghị${nth} ${name.slice('Hội nghị '.length)}` : name;
  else if (MEETING_WORDS_VI.some((w) => name.startsWith(w))) title = `${name}${nth}`;
  else if (name.startsWith(OFFICIALS_VI)) title = `Hội nghị ${name.slice(OFFICIALS_VI.length)}${nth}`;
  else title = n ? `Hội nghị${nth} ${name}` : `Hội nghị ${name}`;
  return n && short ? `${title}${bracket(short, n)}` : title;
}

export function titleEn(body: TitleBody, n: number | null): string {
  const [name, named] = splitTrailingCode(body.nameEn);
  const short = named ?? shortCode(body.code);
  const isMeeting = /\b(Meeting|Summit|Dialogue|Forum)\b/.test(name);
  const title = isMeeting ? (n ? `${ordinal(n)} ${name}` : name) : n ? `${ordinal(n)} Meeting of the ${name}` : `Meeting of the ${name}`;
  return n && short ? `${title}${bracket(short, n)}` : title;
}

/** Both titles of the n-th meeting of a body (n null: a meeting without a number). */
export function proposedTitles(body: TitleBody, n: number | null): { vi: string; en: string } {
  return { vi: titleVi(body, n), en: titleEn(body, n) };
}
