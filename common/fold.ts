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
