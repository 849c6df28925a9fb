import { Badge, Group, Table, UnstyledButton } from '@mantine/core';
import { IconAlarm, IconAlertTriangle, IconArrowDown, IconArrowUp, IconArrowsSort, IconFlag } from '@tabler/icons-react';
import { memo, useEffect, useRef, type CSSProperties, type MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ActionItem } from '../../../electron/contract';
import { formatDate } from '../../format';
import { useLanguage } from '../../i18n/useLanguage';
import classes from './ActionTable.module.css';
import { STATUS_LOOK } from './ActionStatusBadge';
import { urgencyOf } from './DueMarker';
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

interface ActionRowProps {
  item: ActionItem;
  today: string;
  checked: boolean;
  isOpen: boolean;
  onToggle: (item: ActionItem) => void;
  onOpen: (item: ActionItem) => void;
}

/**
 * One row, memoised (ticking one box or a count arriving does not render the other 49), and
 * made of plain elements styled with Mantine's own classes: the same look as Table.Td, Badge and
 * Checkbox, at a fraction of the rendering cost. ActionStatusBadge and DueMarker say the same
 * things elsewhere; their icons and words are repeated here.
 */
const ActionRow = memo(function ActionRow({ item, today, checked, isOpen, onToggle, onOpen }: ActionRowProps) {
  const { t } = useTranslation();
  const [lang] = useLanguage();
  const urgency = urgencyOf(item, today);
  const { icon: StatusIcon, color } = STATUS_LOOK[item.status];
  return (
    <tr
      className={`${Table.classes.tr} ${classes.row}`}
      data-with-row-border
      data-hover
      data-testid="action-row"
      data-action-id={item.id}
      data-status={item.status}
      data-urgency={urgency ?? undefined}
      data-open={isOpen || undefined}
      onClick={() => onOpen(item)}
    >
      <td className={Table.classes.td} onClick={(e: MouseEvent) => e.stopPropagation()}>
        <input type="checkbox" className={classes.check} aria-label={t('actionItems.columns.selectRow', { title: item.title })} checked={checked} onChange={() => onToggle(item)} />
      </td>
      <td className={Table.classes.td}>
        <button
          type="button"
          className={classes.open}
          onClick={(e: MouseEvent) => {
            e.stopPropagation();
            onOpen(item);
          }}
          data-testid="action-open"
        >
          {item.priority === 'high' ? <IconFlag size={16} className={classes.flag} aria-label={t('actionItems.priority.high')} color="var(--mantine-color-red-8)" /> : null}
          <span className={classes.title} lang="vi">
            {item.title}
          </span>
        </button>
        {item.sourceRef ? (
          <span className={classes.sub} lang="vi">
            {item.sourceRef}
          </span>
        ) : null}
      </td>
      <td className={Table.classes.td}>
        {item.dueDate ? (
          <>
            <span className={classes.date} data-urgency={urgency ?? undefined}>
              {formatDate(item.dueDate)}
            </span>
            {urgency === 'overdue' ? (
              <span className={classes.marker} data-urgency="overdue">
                <IconAlertTriangle size={14} aria-hidden />
                {t('actionItems.due.overdue')}
              </span>
            ) : urgency === 'soon' ? (
              <span className={classes.marker} data-urgency="soon">
                <IconAlarm size={14} aria-hidden color="var(--mantine-color-orange-8)" />
                {t('actionItems.due.soon')}
              </span>
            ) : null}
          </>
        ) : (
          <span className={classes.dimmed}>{t('actionItems.due.none')}</span>
        )}
      </td>
      <td className={Table.classes.td}>
        <span
          className={`${Badge.classes.root} ${classes.badge}`}
          data-variant="light"
          data-with-left-section
          data-status={item.status}
          style={
            {
              '--badge-bg': `var(--mantine-color-${color}-light)`,
              '--badge-color': `var(--mantine-color-${color}-light-color)`,
              '--badge-radius': 'var(--mantine-radius-sm)',
            } as CSSProperties
          }
        >
          <span className={Badge.classes.section} data-position="left">
            <StatusIcon size={14} aria-hidden />
          </span>
          <span className={Badge.classes.label}>{t(`actionItems.status.${item.status}`)}</span>
        </span>
      </td>
      <td className={Table.classes.td}>
        {item.leadAgencyCode ? (
          <>
            <span className={classes.text}>{lang === 'en' ? item.leadAgencyNameEn : item.leadAgencyNameVi}</span>
            <span className={classes.small}>{item.leadAgencyCode}</span>
          </>
        ) : (
          <span className={classes.dimmed}>{t('common.none')}</span>
        )}
      </td>
      <td className={Table.classes.td}>
        <span className={classes.text}>{item.ownerName ?? t('common.none')}</span>
      </td>
    </tr>
  );
});

/** One page of action items: checkboxes for bulk changes, sortable headers, urgent rows marked. */
export const ActionTable = memo(function ActionTable({ items, today, sort, onSort, selected, onToggle, onToggleAll, onOpen, busy, openId }: ActionTableProps) {
  const { t } = useTranslation();
  const onPage = items.filter((i) => selected.has(i.id)).length;
  const all = items.length > 0 && onPage === items.length;
  const some = onPage > 0 && !all;
  // "Some of the page" is the checkbox's indeterminate state, which only the DOM property sets.
  const selectAll = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (selectAll.current) selectAll.current.indeterminate = some;
  }, [some]);

  return (
    <Table.ScrollContainer minWidth={960}>
      <Table highlightOnHover verticalSpacing="sm" aria-label={t('actionItems.tableCaption')} aria-busy={busy || undefined} data-testid="action-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={44}>
              <input
                ref={selectAll}
                type="checkbox"
                className={classes.check}
                aria-label={t('actionItems.columns.selectAll')}
                checked={all}
                onChange={(e) => onToggleAll(e.currentTarget.checked)}
                data-testid="select-all"
              />
            </Table.Th>
            <SortHeader field="title" label={t('actionItems.columns.title')} sort={sort} onSort={onSort} />
            <SortHeader field="dueDate" label={t('actionItems.columns.due')} sort={sort} onSort={onSort} w={140} />
            <Table.Th w={170}>{t('actionItems.columns.status')}</Table.Th>
            <Table.Th w={200}>{t('actionItems.columns.lead')}</Table.Th>
            <Table.Th w={170}>{t('actionItems.columns.owner')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((item) => (
            <ActionRow key={item.id} item={item} today={today} checked={selected.has(item.id)} isOpen={openId === item.id} onToggle={onToggle} onOpen={onOpen} />
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
});
