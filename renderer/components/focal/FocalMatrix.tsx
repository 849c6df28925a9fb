import { Button, Stack, Table, Text } from '@mantine/core';
import { IconTimeline } from '@tabler/icons-react';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { FOCAL_ROLES, type Body, type FocalRole, type Output, type Pillar } from '../../../electron/contract';
import { formatDate } from '../../format';
import { useLanguage } from '../../i18n/useLanguage';

export type FocalPoint = Output<'focalPoints.asOf'>[number];

export interface MatrixGroup {
  key: string;
  label: string;
  bodies: Body[];
}

/** Bodies grouped by pillar (the cross-pillar ones first), each group sorted by code. */
export function groupBodies(bodies: Body[], pillars: Pillar[], lang: 'vi' | 'en', noPillar: string): MatrixGroup[] {
  const byCode = (a: Body, b: Body) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0);
  const groups: MatrixGroup[] = [];
  const loose = bodies.filter((b) => !b.pillarId || !pillars.some((p) => p.id === b.pillarId)).sort(byCode);
  if (loose.length > 0) groups.push({ key: 'none', label: noPillar, bodies: loose });
  for (const p of [...pillars].sort((a, b) => a.code.localeCompare(b.code))) {
    const members = bodies.filter((b) => b.pillarId === p.id).sort(byCode);
    if (members.length > 0) groups.push({ key: p.id, label: `${p.code} — ${lang === 'en' ? p.nameEn : p.nameVi}`, bodies: members });
  }
  return groups;
}

/** The roles that have at least one assignment on the date, in the contract's order. */
export function usedRoles(points: FocalPoint[]): FocalRole[] {
  const used = new Set(points.map((p) => p.role));
  return FOCAL_ROLES.filter((r) => used.has(r));
}

/**
 * Bodies × roles on one date: who answered for what. Row headers name the body and open its
 * timeline; an empty cell is a dash (the matrix shows what is missing, too).
 */
export function FocalMatrix({ groups, points, date, onTimeline }: { groups: MatrixGroup[]; points: FocalPoint[]; date: string; onTimeline: (body: Body) => void }) {
  const { t } = useTranslation();
  const [lang] = useLanguage();
  const roles = usedRoles(points);
  const cells = useMemo(() => {
    const map = new Map<string, FocalPoint[]>();
    for (const p of points) {
      const key = `${p.bodyId}|${p.role}`;
      map.set(key, [...(map.get(key) ?? []), p]);
    }
    return map;
  }, [points]);
  const columns = roles.length + 1;

  return (
    <Table.ScrollContainer minWidth={260 + roles.length * 150}>
      <Table verticalSpacing="xs" withColumnBorders withTableBorder striped={false} data-testid="focal-matrix">
        <Table.Caption>{t('focal.matrixCaption', { date: formatDate(date) })}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col" w={260}>
              {t('focal.bodyColumn')}
            </Table.Th>
            {roles.map((r) => (
              <Table.Th scope="col" key={r} data-role={r}>
                {t(`focal.roles.${r}`)}
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        {groups.map((g) => (
          <Table.Tbody key={g.key}>
            <Table.Tr bg="var(--mantine-color-gray-1)">
              <Table.Th scope="rowgroup" colSpan={columns}>
                <Text fw={700} size="sm">
                  {g.label}
                </Text>
              </Table.Th>
            </Table.Tr>
            {g.bodies.map((b) => {
              const name = lang === 'en' ? b.nameEn : b.nameVi;
              return (
                <Table.Tr key={b.id} data-testid="focal-row" data-body-code={b.code}>
                  <Table.Th scope="row" fw={400}>
                    <Stack gap={2} align="flex-start">
                      <Text size="sm" fw={700}>
                        {b.code}
                      </Text>
                      <Text size="xs" c="dimmed" lang={lang}>
                        {name}
                      </Text>
                      <Button
                        variant="subtle"
                        size="compact-xs"
                        leftSection={<IconTimeline size={14} aria-hidden />}
                        onClick={() => onTimeline(b)}
                        aria-label={t('focal.timelineOf', { body: b.code })}
                        data-testid="open-timeline"
                      >
                        {t('focal.timelineButton')}
                      </Button>
                    </Stack>
                  </Table.Th>
                  {roles.map((r) => {
                    const here = cells.get(`${b.id}|${r}`) ?? [];
                    return (
                      <Table.Td key={r} data-role={r} style={{ verticalAlign: 'top' }}>
                        {here.length === 0 ? (
                          <Text size="sm" c="dimmed">
                            {t('focal.none')}
                          </Text>
                        ) : (
                          <Stack gap={6}>
                            {here.map((p) => (
                                <div key={p.assignmentId} data-testid="focal-cell" data-agency-code={p.agencyCode}>
                                  <Text size="sm" lang={lang}>
                                    {lang === 'en' ? p.agencyNameEn : p.agencyNameVi}
                                  </Text>
                                  {p.personName ? (
                                    <Text size="xs" c="dimmed">
                                      {p.personName}
                                    </Text>
                                  ) : null}
                                </div>
                            ))}
                          </Stack>
                        )}
                      </Table.Td>
                    );
                  })}
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        ))}
      </Table>
    </Table.ScrollContainer>
  );
}
