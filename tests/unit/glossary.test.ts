// One glossary: every status and role label the screens show is the word the documents and
// exports print (common/glossary.ts), in both languages, and no Vietnamese string on screen puts
// the tone mark the old way (xoá, huỷ, hoà) beside ones that put it the ministry's way (xóa, hủy, hòa).
import { GLOSSARY_GROUPS, valuesOf, word, type WordGroup } from '../../common/glossary';
import { word as exportWord } from '../../electron/services/exports/format';
import { resources } from '../../renderer/i18n';

type Tree = { [key: string]: string | Tree };

/** Every object of the translations, with its path. */
function objects(tree: Tree, path: string[] = []): Array<[string, Tree]> {
  const out: Array<[string, Tree]> = [[path.join('.'), tree]];
  for (const [k, v] of Object.entries(tree)) if (typeof v === 'object') out.push(...objects(v, [...path, k]));
  return out;
}

function strings(tree: Tree, path: string[] = []): Array<[string, string]> {
  return Object.entries(tree).flatMap(([k, v]) => (typeof v === 'string' ? [[[...path, k].join('.'), v] as [string, string]] : strings(v, [...path, k])));
}

const sameKeys = (a: string[], b: string[]) => a.length === b.length && [...a].sort().join() === [...b].sort().join();

// The classification is printed as the document's security mark (MẬT, in capitals, per Decree
// 30/2020), which the screen's select does not imitate.
const SHOWN: WordGroup[] = GLOSSARY_GROUPS.filter((g) => g !== 'classification');

/** Old tone placement: the mark on the second vowel of an open oa/oe/uy syllable (not after q). */
const OLD_PLACEMENT = /(?<![qQ])(o[áàảãạéèẻẽẹ]|u[ýỳỷỹỵ])(?![\p{L}])/u;

describe('one glossary for the screens and the documents', () => {
  it.each(['vi', 'en'] as const)('every label set of the screens (%s) is the documents’ words', (lang) => {
    const tree = resources[lang].translation as unknown as Tree;
    const found: Record<string, string[]> = {};
    for (const [path, obj] of objects(tree)) {
      const keys = Object.keys(obj);
      for (const group of SHOWN) {
        if (!sameKeys(keys, valuesOf(group))) continue;
        // 'Kết hợp' is both a format and a funding word: each set is held to its own group.
        if (group === 'format' && !path.endsWith('format')) continue;
        (found[group] ??= []).push(path);
        for (const value of keys) {
          expect(`${path}.${value}: ${String(obj[value])}`).toBe(`${path}.${value}: ${word(group, value, lang)}`);
          expect(exportWord(group, value, lang)).toBe(obj[value]);
        }
      }
    }
    // The screens show every one of these groups somewhere (the action statuses twice).
    expect(Object.keys(found).sort()).toEqual([...SHOWN].sort());
    expect(found.actionStatus!.length).toBeGreaterThanOrEqual(2);
  });

  it('the action statuses read "Hoàn thành", "Đã hủy" on screen and in the tracker', () => {
    expect(resources.vi.translation.actionItems.status.done).toBe('Hoàn thành');
    expect(resources.vi.translation.meetingPage.actions.statusValues.done).toBe('Hoàn thành');
    expect(exportWord('actionStatus', 'cancelled', 'vi')).toBe('Đã hủy');
  });

  it('no Vietnamese string on screen or in the glossary puts the tone mark the old way (xoá, huỷ, hoà)', () => {
    const vi = strings(resources.vi.translation as unknown as Tree);
    const glossary = SHOWN.flatMap((g) => valuesOf(g).map((v) => [`${g}.${v}`, word(g, v, 'vi')] as [string, string]));
    const old = [...vi, ...glossary].filter(([, text]) => OLD_PLACEMENT.test(text));
    expect(old).toEqual([]);
    // The rule sees the old forms and passes the new ones.
    expect(['xoá', 'Huỷ', 'hoà', 'khoá'].every((w) => OLD_PLACEMENT.test(w))).toBe(true);
    expect(['xóa', 'Hủy', 'hòa', 'khóa', 'hoàn', 'quý', 'khuyến'].some((w) => OLD_PLACEMENT.test(w))).toBe(false);
  });
});
