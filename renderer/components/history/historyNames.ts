import type { TFunction } from 'i18next';
import { useMemo } from 'react';
import type { ChangeEntry } from '../../../electron/contract';
import { useApiQuery } from '../../api';
import type { Language } from '../../i18n';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Who made a change: the officer (and laptop) named in Settings when it was made, else the device. */
export function authorOf(c: Pick<ChangeEntry, 'officerName' | 'deviceName' | 'deviceId'> & { origin?: ChangeEntry['origin'] }, t: TFunction): string {
  if (c.origin === 'sample') return t('today.changes.sample');
  if (c.officerName && c.deviceName) return t('today.changes.byBoth', { officer: c.officerName, laptop: c.deviceName });
  if (c.officerName) return c.officerName;
  if (c.deviceName) return t('today.changes.byLaptop', { laptop: c.deviceName });
  return t('today.changes.device', { id: c.deviceId.slice(-8) });
}

/** The records named by id in these changes (before and after), read once: id → name in the screen's language. */
export function useHistoryNames(entries: readonly Pick<ChangeEntry, 'before' | 'after'>[] | undefined, lang: Language): ReadonlyMap<string, string> {
  const ids = useMemo(() => {
    const found = new Set<string>();
    const take = (v: unknown) => {
      if (typeof v === 'string' && UUID.test(v)) found.add(v);
      else if (Array.isArray(v)) v.forEach(take);
    };
    for (const e of entries ?? []) for (const side of [e.before, e.after]) for (const v of Object.values(side ?? {})) take(v);
    return [...found].sort().slice(0, 500);
  }, [entries]);
  const names = useApiQuery('history.names', { ids }, { enabled: ids.length > 0 });
  return useMemo(() => new Map((names.data ?? []).map((n) => [n.id, lang === 'en' ? n.en : n.vi])), [names.data, lang]);
}

export const isRecordId = (v: unknown): v is string => typeof v === 'string' && UUID.test(v);
