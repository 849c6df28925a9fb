import fc from 'fast-check';
import { foldText, searchTokens, toFtsPrefixQuery } from '../../common/fold';

describe('folding text for search', () => {
  it('drops Vietnamese diacritics and folds đ/Đ to d', () => {
    expect(foldText('Nguyễn Văn Đông')).toBe('nguyen van dong');
    expect(foldText('Pù Mát')).toBe('pu mat');
    expect(foldText('Đại hội')).toBe('dai hoi');
    expect(foldText('Xuân Thủy')).toBe('xuan thuy');
  });

  it('is idempotent and never longer than its input in words', () => {
    fc.assert(
      fc.property(fc.string(), (s) => {
        expect(foldText(foldText(s))).toBe(foldText(s));
      }),
    );
  });

  it('turns any query into a safe FTS5 prefix expression of letters and digits only', () => {
    expect(toFtsPrefixQuery('nguyen van d')).toBe('"nguyen"* "van"* "d"*');
    expect(toFtsPrefixQuery('  "OR" NEAR(a b) * -x ')).toBe('"or"* "near"* "a"* "b"* "x"*');
    expect(toFtsPrefixQuery('!!! ---')).toBeNull();
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (s) => {
        const q = toFtsPrefixQuery(s);
        if (q !== null) expect(q).toMatch(/^("[\p{L}\p{N}]+"\*)( "[\p{L}\p{N}]+"\*)*$/u);
        expect(searchTokens(s).every((t) => !/[đĐ]/.test(t))).toBe(true);
      }),
    );
  });
});
