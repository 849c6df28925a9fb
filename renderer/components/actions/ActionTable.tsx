import { Checkbox, Group, Table, Text, UnstyledButton } from '@mantine/core';
import { IconArrowDown, IconArrowUp, IconArrowsSort, IconFlag } from '@tabler/icons-react';
import type { MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ActionItem } from '../../../electron/contract';
import { useLanguage } from '../../i18n/useLanguage';
import { ActionStatusBadge } from './ActionStatusBadge';
import { DueMarker, urgencyOf } from './DueMarker';
import type { ActionSort, SortField } from './filters';

export interface ActionTableProps {
  items: ActionItem[];
  today: string;
  sort: ActionSort;
  onSort: (field: SortField) => void;
  selected: ReadonlyMap<string, number>;
  onToggle: (item: ActionItem) => void;
  onToggleAll: (checked: boolean) => void;
  onOpen: (item: ActionItem) => void;
  busy: boolean;
  openId: string | null;
}

function SortHeader({ field, label, sort, onSort, w }: { field: SortField; label: string; sort: ActionSort; onSort: (f: SortField) => void; w?: number }) {
  const { t } = useTranslation();
  const active = sort.field === field;
  const SortIcon = !active ? IconArrowsSort : sort.dir === 'asc' ? IconArrowUp : IconArrowDown;
  const aria = !active
    ? t('actionItems.sort.none', { column: label })
    : sort.dir === 'asc'
      ? t('actionItems.sort.ascending', { column: label })
      : t('actionItems.sort.descending', { column: label });
  return (
    <Table.Th w={w} aria-sort={active ? (sort.dir === 'asc' ? 'ascending' : 'descending') : 'none'}>
      <UnstyledButton onClick={() => onSort(field)} aria-label={aria} data-testid={`sort-${field}`} style={{ fontWeight: 700 }}>
        <Group gap={4} wrap="nowrap">
          <span>{label}</span>
          <SortIcon size={14} aria-hidden style={{ opacity: active ? 1 : 0.5 }} />
        </Group>
      </UnstyledButton>
    </Table.Th>
  );
}

/** One page of action items: checkboxes for bulk changes, sortable headers, urgent rows marked. */
export function ActionTable({ items, today, sort, onSort, selected, onToggle, onToggleAll, onOpen, busy, openId }: ActionTableProps) {
  const { t } = useTranslation();
  const [lang] = useLanguage();
  const onPage = items.filter((i) => selected.has(i.id)).length;
  const all = items.length > 0 && onPage === items.length;
  const some = onPage > 0 && !all;

  return (
    <Table.ScrollContainer minWidth={960}>
      <Table highlightOnHover verticalSpacing="sm" aria-label={t('actionItems.tableCaption')} aria-busy={busy || undefined} data-testid="action-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={44}>
              <Checkbox
                aria-label={t('actionItems.columns.selectAll')}
                checked={all}
                indeterminate={some}
                onChange={(e) => onToggleAll(e.currentTarget.checked)}
                data-testid="select-all"
              />
            </Table.Th>
            <SortHeader field="title" label={t('actionItems.columns.title')} sort={sort} onSort={onSort} />
            <SortHeader field="dueDate" label={t('actionItems.columns.due')} sort={sort} onSort={onSort} w={140} />
            <Table.Th w={140}>{t('actionItems.columns.status')}</Table.Th>
            <Table.Th w={220}>{t('actionItems.columns.lead')}</Table.Th>
            <Table.Th w={170}>{t('actionItems.columns.owner')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((item) => {
            // The list carries the names itself: no lookup of every agency and person.
            const lead = item.leadAgencyCode ? { code: item.leadAgencyCode, nameVi: item.leadAgencyNameVi ?? '', nameEn: item.leadAgencyNameEn ?? '' } : undefined;
            const urgency = urgencyOf(item, today);
            const open = () => onOpen(item);
            return (
              <Table.Tr
                key={item.id}
                data-testid="action-row"
                data-action-id={item.id}
                data-status={item.status}
                data-urgency={urgency ?? undefined}
                onClick={open}
                style={{ cursor: 'pointer' }}
                bg={openId === item.id ? 'var(--mantine-color-teal-0)' : urgency === 'overdue' ? 'var(--mantine-color-red-0)' : undefined}
              >
                <Table.Td onClick={(e: MouseEvent) => e.stopPropagation()}>
                  <Checkbox aria-label={t('actionItems.columns.selectRow', { title: item.title })} checked={selected.has(item.id)} onChange={() => onToggle(item)} />
                </Table.Td>
                <Table.Td>
                  <UnstyledButton
                    onClick={(e: MouseEvent) => {
                      e.stopPropagation();
                      open();
                    }}
                    data-testid="action-open"
                    style={{ textAlign: 'left' }}
                  >
                    <Group gap={6} wrap="nowrap" align="flex-start">
                      {item.priority === 'high' ? <IconFlag size={16} aria-label={t('actionItems.priority.high')} style={{ flexShrink: 0, marginTop: 2 }} color="var(--mantine-color-red-8)" /> : null}
                      <Text size="sm" fw={500} lang="vi" td="underline" style={{ textDecorationColor: 'var(--mantine-color-gray-4)', textUnderlineOffset: 3 }}>
                        {item.title}
                      </Text>
                    </Group>
                  </UnstyledButton>
                  {item.sourceRef ? (
                    <Text size="xs" c="dimmed" lang="vi" mt={2}>
                      {item.sourceRef}
                    </Text>
                  ) : null}
                </Table.Td>
                <Table.Td>
                  <DueMarker item={item} today={today} />
                </Table.Td>
                <Table.Td>
                  <ActionStatusBadge status={item.status} />
                </Table.Td>
                <Table.Td>
                  {lead ? (
                    <>
                      <Text size="sm">{lang === 'en' ? lead.nameEn : lead.nameVi}</Text>
                      <Text size="xs" c="dimmed">
                        {lead.code}
                      </Text>
                    </>
                  ) : (
                    <Text size="sm" c="dimmed">
                      {t('common.none')}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>
                  <Text size="sm">{item.ownerName ?? t('common.none')}</Text>
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
