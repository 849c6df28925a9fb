import { Button, Group, NumberInput, Stack, Table, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { TIMELINE_KINDS, TIMELINE_STEPS, type TimelineStep } from '../../../common/timeline';
import type { BodyKind } from '../../../electron/contract';
import { useApi, useApiQuery } from '../../api';
import { ErrorState } from '../ErrorState/ErrorState';
import { LoadingState } from '../LoadingState/LoadingState';

type Cells = Partial<Record<BodyKind, Partial<Record<TimelineStep, number | ''>>>>;

/**
 * Settings › the preparation timeline's template: per kind of meeting, the lead time of each step
 * (a blank cell takes the default, shown as its placeholder). Saved on this laptop.
 */
export function TimelineTemplateSection() {
  const query = useApiQuery('timeline.template', {});
  if (query.error) return <ErrorState error={query.error} onRetry={query.refetch} />;
  if (!query.data) return <LoadingState rows={4} />;
  // The form starts from the saved template (a new one when another window saves it).
  return <TemplateForm key={JSON.stringify(query.data.template)} saved={query.data.template as Cells} defaults={query.data.defaults} />;
}

function TemplateForm({ saved, defaults }: { saved: Cells; defaults: Record<TimelineStep, number> }) {
  const { t } = useTranslation();
  const api = useApi();
  const [cells, setCells] = useState<Cells>(saved);
  const [saving, setSaving] = useState(false);
  const save = async (next: Cells) => {
    const template: Partial<Record<BodyKind, Partial<Record<TimelineStep, number>>>> = {};
    for (const kind of TIMELINE_KINDS) {
      for (const step of TIMELINE_STEPS) {
        const v = next[kind]?.[step];
        if (typeof v === 'number') (template[kind] ??= {})[step] = v;
      }
    }
    setSaving(true);
    try {
      await api.call('timeline.setTemplate', { template });
      notifications.show({ color: 'teal', autoClose: 3000, message: t('trip.template.saved') });
    } finally {
      setSaving(false);
    }
  };
  return (
    <Stack gap="sm">
      <Table.ScrollContainer minWidth={820}>
        <Table verticalSpacing={4} data-testid="timeline-template">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('trip.template.kind')}</Table.Th>
              {TIMELINE_STEPS.map((s) => (
                <Table.Th key={s} w={130}>
                  {t(`trip.timeline.steps.${s}`)}
                </Table.Th>
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {TIMELINE_KINDS.map((kind) => (
              <Table.Tr key={kind}>
                <Table.Td>
                  <Text size="sm">{t(`trip.template.kinds.${kind}`)}</Text>
                </Table.Td>
                {TIMELINE_STEPS.map((step) => (
                  <Table.Td key={step}>
                    <NumberInput
                      size="xs"
                      min={0}
                      max={365}
                      allowDecimal={false}
                      allowNegative={false}
                      placeholder={String(defaults[step])}
                      aria-label={`${t(`trip.template.kinds.${kind}`)} — ${t(`trip.timeline.steps.${step}`)}`}
                      value={cells[kind]?.[step] ?? ''}
                      onChange={(v) => setCells((c) => ({ ...c, [kind]: { ...c[kind], [step]: typeof v === 'number' ? v : '' } }))}
                    />
                  </Table.Td>
                ))}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      <Group justify="flex-end" gap="sm">
        <Button
          variant="default"
          onClick={() => {
            setCells({});
            void save({});
          }}
          loading={saving}
        >
          {t('trip.template.reset')}
        </Button>
        <Button onClick={() => void save(cells)} loading={saving}>
          {t('trip.template.save')}
        </Button>
      </Group>
    </Stack>
  );
}
