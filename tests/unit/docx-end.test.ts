import { Paragraph } from 'docx';
import { describe, expect, it } from 'vitest';
import type { RawBlock} from '../../electron/services/documents/docxKit';
import { endWith, gap, para, table, type Block } from '../../electron/services/documents/docxKit';

// A signature never stands alone on a page of its own: the end of the text before it moves with it
// (seen in LibreOffice: the ASOEN 35 briefing's signature block was page 9, with nothing else on it).

describe('the end of a document', () => {
  it('keeps the last two rows of a closing table with the signature, never its header', () => {
    const blocks: Block[] = [table(['TT', 'Họ và tên'], [['1', 'A'], ['2', 'B'], ['3', 'C']], [1, 5]), gap()];
    endWith(blocks, [para('CHÁNH VĂN PHÒNG')]);
    const rows = (blocks[0] as RawBlock).xml.split('<w:tr>').slice(1);
    expect(rows.map((r) => r.includes('<w:keepNext/>'))).toEqual([false, false, true, true]);
    // The spacer after the table is kept with the signature too, and the trailing gap is gone.
    expect(blocks).toHaveLength(3);
    expect(blocks[1]).toBeInstanceOf(Paragraph);
    expect(JSON.stringify(blocks[1])).toContain('keepNext');
  });

  it('after a paragraph, adds a spacer kept with the signature', () => {
    const blocks: Block[] = [para('Đề xuất.', { keepNext: true })];
    endWith(blocks, [para('TRƯỞNG ĐOÀN')]);
    expect(blocks).toHaveLength(3);
    expect(JSON.stringify(blocks[0])).toContain('keepNext');
    expect(JSON.stringify(blocks[1])).toContain('keepNext');
  });
});
