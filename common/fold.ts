// Folding for search: Vietnamese must match with and without diacritics ("Pu Mat" finds
// "Pù Mát"), and đ/Đ is a letter of its own that Unicode does not decompose, so it is mapped
// to d explicitly. The same function folds the indexed text and the query.

const COMBINING_MARKS = /[\u0300-\u036f]/g;

export function foldText(input: string): string {
  return input
    .normalize('NFD')
    .replace(COMBINING_MARKS, '')
    .replace(/[đĐ]/g, (c) => (c === 'đ' ? 'd' : 'D'))
    .toLowerCase()
    .normalize('NFC');
}

/** Words of a folded text: letters and digits only, so punctuation never reaches FTS5 syntax. */
export function searchTokens(input: string): string[] {
  return foldText(input)
    .split(/[^\p{L}\p{N}]+/u)
    .filter((t) => t.length > 0);
}

/** An FTS5 MATCH expression where every word of the query is a prefix: "nguyen van d" → "nguyen"* "van"* "d"*. */
export function toFtsPrefixQuery(input: string): string | null {
  const tokens = searchTokens(input).slice(0, 12);
  if (tokens.length === 0) return null;
  return tokens.map((t) => `"${t}"*`).join(' ');
}

/**
 * THE rule of every picker and search box: each word typed starts a word of the text, diacritics
 * and case ignored, đ as d ("lao" finds "Lào", "thai" finds "Thái Lan", "icd" finds "MONRE-ICD").
 * The server's search index applies the same rule (toFtsPrefixQuery over searchTokens); the
 * pickers whose options are all on the screen, and the small lists without an index, apply it here.
 */
export function matchesSearch(query: string, text: string): boolean {
  const wanted = searchTokens(query);
  if (wanted.length === 0) return true;
  const words = searchTokens(text);
  return wanted.every((w) => words.some((x) => x.startsWith(w)));
}
