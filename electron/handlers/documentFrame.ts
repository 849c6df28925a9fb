// The administrative frame of the documents (number and symbol, "Kính gửi", the signer,
// "Nơi nhận"): this laptop's defaults (Settings › Documents, kept in app_meta like the other
// settings of this laptop), and the frame a document gets unless the export form chose another.
import { issuerOn } from '../../db/repo/documents/briefing';
import { deleteMeta, getMeta, setMeta } from '../../db/repo/core/meta';
import { statement } from '../../db/repo/core/statements';
import { documentDefaultsSchema, type DocumentDefaults, type DocumentDefaultsAnswer, type DocumentFrame, type FramedDocument, type ExportLanguage } from '../contract';
import { today, type HandlerContext, type HandlerMap } from './context';

export const DOCUMENTS_SETTING = 'setting.documents';

/** The abbreviation of each kind of document in its symbol (Decree 30/2020, Appendix III: BC báo cáo; ĐC đề cương). */
export const KIND_CODE: Record<FramedDocument, string> = { briefing: 'ĐC', postTripReport: 'BC', annualReport: 'BC' };

/**
 * The office's abbreviation from its Vietnamese name: the initials of its words up to and
 * including its first acronym, kept whole ('Văn phòng ASEAN Việt Nam' → 'VPASEAN'); a name with
 * no acronym gives all its initials ('Vụ Hợp tác quốc tế' → 'VHTQT').
 */
export function deriveAbbreviation(officeName: string): string {
  const words = officeName
    .replace(/\(.*?\)/g, ' ')
    .normalize('NFC')
    .split(/[\s,–-]+/)
    .filter((w) => /\p{L}/u.test(w));
  let out = '';
  for (const w of words) {
    const letters = w.replace(/[^\p{L}\p{Nd}]/gu, '');
    const acronym = letters.length >= 2 && letters === letters.toUpperCase() && /\p{Lu}/u.test(letters);
    out += acronym ? letters : letters[0]!.toUpperCase();
    if (acronym) break;
  }
  return out || 'VP';
}

/** What a desk proposes before anyone changes it in Settings. */
function builtIn(abbreviation: string): Pick<DocumentDefaults, 'vi' | 'en'> {
  return {
    vi: { recipients: ['Lãnh đạo Bộ'], signerAuthority: '', signerTitle: 'Chánh Văn phòng', copiesTo: ['Như trên', `Lưu: VT, ${abbreviation}`] },
    en: { recipients: ['The Leadership of the Ministry'], signerAuthority: '', signerTitle: 'Chief of the Office', copiesTo: ['As above', `Filed: Archives, ${abbreviation}`] },
  };
}

function derivedAbbreviation(ctx: HandlerContext): string {
  return deriveAbbreviation(issuerOn(ctx.db, today(ctx)).officeVi);
}

/** This laptop's defaults (the built-in ones until Settings saves others; a damaged value reads as none). */
export function readDocumentDefaults(ctx: HandlerContext): DocumentDefaultsAnswer {
  const derived = derivedAbbreviation(ctx);
  const raw = getMeta(ctx.db, DOCUMENTS_SETTING);
  let saved: DocumentDefaults | null = null;
  if (raw) {
    try {
      const parsed = documentDefaultsSchema.safeParse(JSON.parse(raw));
      if (parsed.success) saved = parsed.data;
    } catch {
      saved = null;
    }
  }
  if (saved) return { ...saved, derivedAbbreviation: derived };
  return { abbreviation: '', signerName: '', ...builtIn(derived), derivedAbbreviation: derived };
}

/** The frame a document of `kind` in `language` gets unless chosen otherwise: no number yet, this laptop's defaults. */
export function defaultFrame(ctx: HandlerContext, kind: FramedDocument, language: ExportLanguage): DocumentFrame {
  const d = readDocumentDefaults(ctx);
  const words = d[language];
  // The head of delegation signs the delegation's report, in their own right (the document
  // prints the head's name when none is given here).
  if (kind === 'postTripReport') {
    return {
      number: '',
      symbol: `${KIND_CODE[kind]}-${d.abbreviation || d.derivedAbbreviation}`,
      recipients: words.recipients,
      signerAuthority: '',
      signerTitle: language === 'vi' ? 'Trưởng đoàn' : 'Head of delegation',
      signerName: '',
      copiesTo: words.copiesTo,
    };
  }
  return {
    number: '',
    symbol: `${KIND_CODE[kind]}-${d.abbreviation || d.derivedAbbreviation}`,
    recipients: words.recipients,
    signerAuthority: words.signerAuthority,
    signerTitle: words.signerTitle,
    signerName: d.signerName,
    copiesTo: words.copiesTo,
  };
}

/** Blank lines of the lists dropped, spaces tidied: what the documents print. */
const tidy = (lines: string[]) => lines.map((l) => l.replace(/\s+/g, ' ').trim()).filter(Boolean);

export const documentFrameHandlers = {
  'settings.documentFrame': (ctx, input) => {
    const frame = defaultFrame(ctx, input.kind, input.language);
    if (input.kind !== 'postTripReport' || !input.meetingId) return frame;
    // The head of the meeting's delegation signs its report.
    const head = statement(
      ctx.db,
      `SELECT p.full_name FROM delegations d JOIN delegation_members m ON m.delegation_id = d.id AND m.role = 'head' AND m.deleted_at IS NULL
         JOIN people p ON p.id = m.person_id WHERE d.meeting_id = ? AND d.deleted_at IS NULL ORDER BY d.claimant, m.claimant LIMIT 1`,
    )
      .pluck()
      .get(input.meetingId) as string | undefined;
    return head ? { ...frame, signerName: head } : frame;
  },
  'settings.documents': (ctx) => readDocumentDefaults(ctx),
  'settings.updateDocuments': (ctx, input) => {
    const words = (w: DocumentDefaults['vi']) => ({ ...w, recipients: tidy(w.recipients), copiesTo: tidy(w.copiesTo) });
    const next: DocumentDefaults = { abbreviation: input.abbreviation, signerName: input.signerName, vi: words(input.vi), en: words(input.en) };
    const built = builtIn(derivedAbbreviation(ctx));
    // Saving exactly the built-in defaults keeps none: the desk's own stay current (a renamed office).
    if (!next.abbreviation && !next.signerName && JSON.stringify({ vi: next.vi, en: next.en }) === JSON.stringify(built)) deleteMeta(ctx.db, DOCUMENTS_SETTING);
    else setMeta(ctx.db, DOCUMENTS_SETTING, JSON.stringify(next));
    return readDocumentDefaults(ctx);
  },
} satisfies Partial<HandlerMap>;
