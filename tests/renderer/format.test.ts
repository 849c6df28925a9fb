import { describe, expect, it } from 'vitest';
import { compareNames, formatCount, formatDate, formatDateRange, parseDate } from '../../renderer/format';

describe('dates', () => {
  it('are shown dd/MM/yyyy with leading zeros', () => {
    expect(formatDate('2024-07-28')).toBe('28/07/2024');
    expect(formatDate('2024-08-01')).toBe('01/08/2024');
    expect(formatDate(null)).toBe('');
  });

  it('form ranges, and a one-day range is one date', () => {
    expect(formatDateRange('2024-07-28', '2024-08-01')).toBe('28/07/2024 – 01/08/2024');
    expect(formatDateRange('2024-11-21', '2024-11-21')).toBe('21/11/2024');
  });

  it('are read back from dd/MM/yyyy, refusing dates that do not exist', () => {
    expect(parseDate('28/07/2024')).toBe('2024-07-28');
    expect(parseDate('1/8/2024')).toBe('2024-08-01');
    expect(parseDate('31/02/2024')).toBeNull();
    expect(parseDate('2024-07-28')).toBeNull();
  });
});

describe('names', () => {
  it('sort in Vietnamese order (Đ after D, before E)', () => {
    const names = ['Đồng Nai', 'Xuân Thủy', 'Dương', 'Pù Mát', 'Ea Sô', 'Ba Bể'];
    expect([...names].sort(compareNames)).toEqual(['Ba Bể', 'Dương', 'Đồng Nai', 'Ea Sô', 'Pù Mát', 'Xuân Thủy']);
  });
});

describe('counts', () => {
  it('are written 1.000 in Vietnamese and 1,000 in English', () => {
    expect(formatCount(1000, 'vi')).toBe('1.000');
    expect(formatCount(1234567, 'en')).toBe('1,234,567');
    expect(formatCount(12, 'en')).toBe('12');
  });
});
