import { Drawer, Tabs, Text } from '@mantine/core';
import { IconHistory, IconInfoCircle, IconTimeline } from '@tabler/icons-react';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ActionItem, Agency, Body } from '../../../electron/contract';
import { useApiQuery } from '../../api';
import { useUnsavedChangesGuard } from '../../forms';
import { ErrorState } from '../ErrorState/ErrorState';
import { LoadingState } from '../LoadingState/LoadingState';
import { ActionForm } from './ActionForm';
import { ActionHistory } from './ActionHistory';
import { ActionUpdates } from './ActionUpdates';

export type DrawerTarget = { kind: 'new' } | { kind: 'item'; id: string } | null;

export interface ActionDrawerProps {
  target: DrawerTarget;
  onClose: () => void;
  /** After a create, the drawer shows the new item. */
  onOpenItem: (id: string) => void;
  agencies: { items: Agency[]; byId: ReadonlyMap<string, Agency> };
  bodies: ReadonlyMap<string, Body>;
  /** Lets the page ask before switching to another row while this one has unsaved edits. */
  guardRef: (confirmLeave: (proceed: () => void) => void) => void;
}

/** One action item, beside the list: its fields, its progress notes and its history. */
export function ActionDrawer({ target, onClose, onOpenItem, agencies, bodies, guardRef }: ActionDrawerProps) {
  const { t } = useTranslation();
  const id = target?.kind === 'item' ? target.id : null;
  const query = useApiQuery('actionItems.get', { id: id ?? '' }, { enabled: id !== null });
  const [latest, setLatest] = useState<ActionItem | null>(null);
  const loaded = query.data && query.data.id === id ? query.data : undefined;
  const item = latest && latest.id === id && (!loaded || latest.version >= loaded.version) ? latest : (loaded ?? null);
  const [tab, setTab] = useState<string | null>('details');
  const [formDirty, setFormDirty] = useState(false);
  const [noteDirty, setNoteDirty] = useState(false);
  const guard = useUnsavedChangesGuard(target !== null && (formDirty || noteDirty));

  useEffect(() => guardRef(guard.confirmLeave), [guardRef, guard.confirmLeave]);
  // A new target starts clean on the first tab.
  const targetKey = target ? (target.kind === 'new' ? 'new' : target.id) : '';
  const [seenKey, setSeenKey] = useState(targetKey);
  // A change from the progress tab reaches a clean form by mounting it afresh on the new version.
  const [formEpoch, setFormEpoch] = useState(0);
  if (seenKey !== targetKey) {
    setSeenKey(targetKey);
    setTab('details');
    setFormDirty(false);
    setNoteDirty(false);
  }

  const onSaved = useCallback(
    (saved: ActionItem, created: boolean) => {
      setLatest(saved);
      if (created) {
        setFormDirty(false);
        onOpenItem(saved.id);
      }
    },
    [onOpenItem],
  );
  const onItemChanged = useCallback(
    (changed: ActionItem) => {
      setLatest(changed);
      if (!formDirty) setFormEpoch((n) => n + 1);
    },
    [formDirty],
  );
  const onDeleted = useCallback(() => {
    setFormDirty(false);
    onClose();
  }, [onClose]);

  const title = target?.kind === 'new' ? t('actionItems.drawer.newTitle') : t('actionItems.drawer.editTitle');

  let content = null;
  if (target?.kind === 'new') {
    content = <ActionForm key="new" item={null} agencies={agencies.items} onSaved={onSaved} onDeleted={onDeleted} onDirtyChange={setFormDirty} />;
  } else if (target?.kind === 'item') {
    if (query.error && !item) content = <ErrorState error={query.error} onRetry={query.refetch} />;
    else if (!item) content = <LoadingState rows={8} />;
    else
      content = (
        <>
          <Text fw={600} mb="sm" lang="vi" data-testid="drawer-item-title">
            {item.title}
          </Text>
          <Tabs value={tab} onChange={setTab}>
            <Tabs.List mb="md">
              <Tabs.Tab value="details" leftSection={<IconInfoCircle size={16} aria-hidden />}>
                {t('actionItems.drawer.tabs.details')}
              </Tabs.Tab>
              <Tabs.Tab value="updates" leftSection={<IconTimeline size={16} aria-hidden />} data-testid="tab-updates">
                {t('actionItems.drawer.tabs.updates')}
              </Tabs.Tab>
              <Tabs.Tab value="history" leftSection={<IconHistory size={16} aria-hidden />} data-testid="tab-history">
                {t('actionItems.drawer.tabs.history')}
              </Tabs.Tab>
            </Tabs.List>
            <Tabs.Panel value="details">
              <ActionForm key={`${item.id}:${formEpoch}`} item={item} agencies={agencies.items} onSaved={onSaved} onDeleted={onDeleted} onDirtyChange={setFormDirty} />
            </Tabs.Panel>
            <Tabs.Panel value="updates">
              <ActionUpdates item={item} onItemChanged={onItemChanged} onDirtyChange={setNoteDirty} />
            </Tabs.Panel>
            <Tabs.Panel value="history">
              <ActionHistory item={item} agencies={agencies.byId} bodies={bodies} />
            </Tabs.Panel>
          </Tabs>
        </>
      );
  }

  return (
    <>
      <Drawer
        opened={target !== null}
        onClose={() => guard.confirmClose(onClose)}
        position="right"
        size="xl"
        title={title}
        closeButtonProps={{ 'aria-label': t('actionItems.drawer.close') }}
        data-testid="action-drawer"
      >
        {content}
      </Drawer>
      {guard.modal}
    </>
  );
}
