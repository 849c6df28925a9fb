import { Button, Group, Loader, MultiSelect, SimpleGrid, TextInput } from '@mantine/core';
import { IconFilterOff, IconSearch } from '@tabler/icons-react';
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { ACTION_STATUSES, type ActionStatus } from '../../../electron/contract';
import { formatDate } from '../../format';
import { DateField, EntitySelect, isIsoDay } from '../../forms';
import { useLanguage } from '../../i18n/useLanguage';
import { activeFilterCount, type ActionFilters } from './filters';
import { agencyLabel, bodyLabel } from './shared';

export const ActionFiltersBar = memo(function ActionFiltersBar({
  filters,
  onChange,
  onClear,
  busy,
}: {
  filters: ActionFilters;
  onChange: (patch: Partial<ActionFilters>) => void;
  onClear: () => void;
  busy: boolean;
}) {
  const { t } = useTranslation();
  const [lang] = useLanguage();
  const active = activeFilterCount(filters);
  return (
    <form role="search" aria-label={t('actionItems.filters.label')} onSubmit={(e) => e.preventDefault()}>
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 4 }} spacing="md" verticalSpacing="sm" mb="md">
        <TextInput
          label={t('actionItems.filters.search')}
          placeholder={t('actionItems.filters.searchPlaceholder')}
          value={filters.q}
          onChange={(e) => onChange({ q: e.currentTarget.value })}
          leftSection={<IconSearch size={16} aria-hidden />}
          rightSection={busy ? <Loader size="xs" /> : null}
          type="search"
          data-testid="action-search"
        />
        <MultiSelect
          label={t('actionItems.filters.status')}
          placeholder={filters.status.length === 0 ? t('actionItems.filters.statusPlaceholder') : undefined}
          data={ACTION_STATUSES.map((s) => ({ value: s, label: t(`actionItems.status.${s}`) }))}
          value={filters.status}
          onChange={(values) => onChange({ status: values.filter((v): v is ActionStatus => (ACTION_STATUSES as readonly string[]).includes(v)) })}
          clearable
          data-testid="action-status-filter"
        />
        <EntitySelect
          method="agencies"
          label={t('actionItems.filters.leadAgency')}
          placeholder={t('actionItems.filters.any')}
          value={filters.leadAgencyId}
          onChange={(id) => onChange({ leadAgencyId: id })}
          getLabel={(a) => agencyLabel(a, lang)}
          data-testid="action-lead-filter"
        />
        <EntitySelect
          method="people"
          label={t('actionItems.filters.owner')}
          placeholder={t('actionItems.filters.any')}
          value={filters.ownerPersonId}
          onChange={(id) => onChange({ ownerPersonId: id })}
          getLabel={(p) => p.fullName}
        />
        <EntitySelect
          method="bodies"
          label={t('actionItems.filters.body')}
          placeholder={t('actionItems.filters.any')}
          value={filters.bodyId}
          onChange={(id) => onChange({ bodyId: id })}
          getLabel={(b) => bodyLabel(b, lang)}
        />
        <EntitySelect
          method="meetings"
          label={t('actionItems.filters.sourceMeeting')}
          placeholder={t('actionItems.filters.any')}
          value={filters.sourceMeetingId}
          onChange={(id) => onChange({ sourceMeetingId: id })}
          getLabel={(m) => `${lang === 'en' ? m.titleEn : m.titleVi} (${formatDate(m.startDate)})`}
        />
        <DateField withRule={false} label={t('actionItems.filters.dueFrom')} value={filters.dueFrom} onChange={(v) => onChange({ dueFrom: v === null || isIsoDay(v) ? v : null })} />
        <DateField withRule={false} label={t('actionItems.filters.dueTo')} value={filters.dueTo} onChange={(v) => onChange({ dueTo: v === null || isIsoDay(v) ? v : null })} />
      </SimpleGrid>
      {active > 0 ? (
        <Group gap="sm" mb="md">
          <Button variant="subtle" size="compact-sm" leftSection={<IconFilterOff size={16} aria-hidden />} onClick={onClear}>
            {t('common.clearFilters')}
          </Button>
        </Group>
      ) : null}
    </form>
  );
});
