import { Anchor, Badge, Box, Button, Grid, Group, Paper, Stack, Switch, Text, Title, Tree, useTree, type RenderTreeNodePayload } from '@mantine/core';
import { IconBuildingCommunity, IconChevronDown, IconChevronRight, IconPencil, IconPlus, IconTrash } from '@tabler/icons-react';
import { useEffect, useEffectEvent, useMemo, useState, type KeyboardEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Agency, AgencySuccession, LegalBasis } from '../../../electron/contract';
import { formatDate } from '../../format';
import { useDeleteWithUndo } from '../../forms';
import { useLanguage } from '../../i18n/useLanguage';
import { ErrorState } from '../ErrorState/ErrorState';
import { EmptyList } from '../lists/EmptyList';
import { LoadingState } from '../LoadingState/LoadingState';
import { AgencyForm } from './AgencyForm';
import { agencyName, allValues, shortName, ancestorsOf, buildAgencyTree, type AgencyNode } from './agencyTree';
import { useAllAgencies, useAllLegalBases, useAllSuccessions } from './useAll';
import { CeasedBadge, Validity, validityText } from './Validity';
import { useToday } from '../../clock';

type Editing = { agency: Agency | null; parentId: string | null } | null;

/** The agencies as a tree, with their existence dates and succession; details beside it. */
export function AgenciesTab({ selectedId, onSelect }: { selectedId: string | null; onSelect: (id: string | null) => void }) {
  const { t } = useTranslation();
  const [lang] = useLanguage();
  const agencies = useAllAgencies();
  const successions = useAllSuccessions();
  const legalBases = useAllLegalBases();
  const [hideCeased, setHideCeased] = useState(false);
  const [editing, setEditing] = useState<Editing>(null);
  const deletion = useDeleteWithUndo();
  const today = useToday();

  const list = agencies.data;
  const byId = useMemo(() => new Map((list ?? []).map((a) => [a.id, a])), [list]);
  const data = useMemo(() => (list ? buildAgencyTree(list, lang, hideCeased ? { activeDay: today } : {}) : []), [list, lang, hideCeased, today]);

  const tree = useTree({ multiple: false });
  // Everything open at first, and a branch shown again (ceased agencies no longer hidden) opens
  // too: the tree is a few dozen lines and reads best whole. What the user closed stays closed.
  const { expandAllNodes, setExpandedState, select, clearSelected, expand } = tree;
  const unknown = allValues(data).filter((v) => !(v in tree.expandedState));
  if (unknown.length > 0) setExpandedState({ ...tree.expandedState, ...Object.fromEntries(unknown.map((v) => [v, true])) });

  // The selected agency (from the address) is selected in the tree, its branch opened.
  const showSelected = useEffectEvent((id: string | null) => {
    if (!id || !byId.has(id)) {
      if (tree.selectedState.length > 0) clearSelected();
      return;
    }
    if (tree.selectedState.length !== 1 || tree.selectedState[0] !== id) select(id);
    for (const a of ancestorsOf(id, byId)) if (!tree.expandedState[a]) expand(a);
    const node = document.querySelector(`[role=treeitem][data-value="${CSS.escape(id)}"]`);
    node?.scrollIntoView?.({ block: 'nearest' });
  });
  useEffect(() => showSelected(selectedId), [selectedId, byId, data]);

  const successorsOf = useMemo(() => {
    const m = new Map<string, AgencySuccession[]>();
    for (const s of successions.data ?? []) m.set(s.predecessorId, [...(m.get(s.predecessorId) ?? []), s]);
    return m;
  }, [successions.data]);

  if (agencies.error) return <ErrorState error={agencies.error} onRetry={agencies.refetch} />;
  if (!list) return <LoadingState />;

  const selected = selectedId ? (byId.get(selectedId) ?? null) : null;

  const onTreeKeyDown = (event: KeyboardEvent<HTMLUListElement>) => {
    if (event.key !== 'Enter') return;
    const item = (event.target as HTMLElement).closest<HTMLElement>('[role=treeitem]');
    const value = item?.dataset.value;
    if (value) {
      event.preventDefault();
      onSelect(value);
    }
  };

  const renderNode = ({ node, expanded, hasChildren, elementProps, selected: isSelected }: RenderTreeNodePayload) => {
    const a = (node as unknown as AgencyNode).agency;
    const ceased = a.validTo !== null && a.validTo < today;
    const next = ceased ? (successorsOf.get(a.id) ?? []) : [];
    return (
      <Group
        gap={6}
        wrap="nowrap"
        align="flex-start"
        {...elementProps}
        onClick={(e) => {
          elementProps.onClick(e);
          onSelect(a.id);
        }}
        py={4}
        px={4}
        style={{
          ...elementProps.style,
          borderRadius: 'var(--mantine-radius-sm)',
          background: isSelected ? 'var(--mantine-color-teal-0)' : undefined,
          cursor: 'pointer',
        }}
        data-testid="agency-node"
        data-code={a.code}
      >
        <Box
          w={18}
          pt={2}
          c="gray.7"
          aria-hidden
          onClick={(e) => {
            if (!hasChildren) return;
            e.stopPropagation();
            tree.toggleExpanded(a.id);
          }}
        >
          {hasChildren ? expanded ? <IconChevronDown size={16} /> : <IconChevronRight size={16} /> : null}
        </Box>
        <Box style={{ minWidth: 0 }}>
          <Group gap={6} wrap="wrap">
            <Text size="sm" fw={isSelected ? 600 : 500} c={ceased ? 'gray.7' : undefined} lang={lang}>
              {agencyName(a, lang)}
            </Text>
            <Text size="xs" c="gray.7" ff="monospace">
              {a.code}
            </Text>
            {ceased ? <CeasedBadge /> : null}
          </Group>
          {(a.validFrom || a.validTo) && (
            <Text size="xs" c="gray.7" style={{ fontVariantNumeric: 'tabular-nums' }}>
              {validityText(t, a.validFrom, a.validTo)}
            </Text>
          )}
          {next.map((s) => {
            const to = byId.get(s.successorId);
            return to ? (
              <Text size="xs" c="teal.9" key={s.id} data-testid="succession-note">
                {t('directory.successions.treeNote', { to: shortName(to, lang), date: formatDate(s.effectiveOn), kind: t(`directory.successions.kinds.${s.kind}`) })}
              </Text>
            ) : null;
          })}
        </Box>
      </Group>
    );
  };

  return (
    <>
      <Group justify="space-between" mb="md" wrap="wrap" gap="sm">
        <Switch
          checked={hideCeased}
          onChange={(e) => setHideCeased(e.currentTarget.checked)}
          label={t('directory.agencies.hideCeased')}
          description={t('directory.agencies.hideCeasedHint', { date: formatDate(today) })}
          data-testid="hide-ceased"
        />
        <Group gap="xs">
          <Button variant="default" size="sm" onClick={() => expandAllNodes()}>
            {t('directory.agencies.expandAll')}
          </Button>
          <Button variant="default" size="sm" onClick={() => tree.collapseAllNodes()}>
            {t('directory.agencies.collapseAll')}
          </Button>
          <Button size="sm" leftSection={<IconPlus size={16} aria-hidden />} onClick={() => setEditing({ agency: null, parentId: null })}>
            {t('directory.agencies.create')}
          </Button>
        </Group>
      </Group>
      {list.length === 0 ? (
        <EmptyList icon={IconBuildingCommunity} title={t('directory.agencies.empty.title')} description={t('directory.agencies.empty.description')} />
      ) : (
        <Grid gap="lg">
          <Grid.Col span={{ base: 12, md: 7 }}>
            <Paper withBorder p="xs">
              <Text size="xs" c="gray.7" px={4} pb={4} aria-live="polite">
                {t('directory.agencies.count', { n: allValues(data).length })}
              </Text>
              <Tree
                data={data}
                tree={tree}
                expandOnClick={false}
                expandOnSpace
                allowRangeSelection={false}
                levelOffset={24}
                renderNode={renderNode}
                aria-label={t('directory.agencies.treeLabel')}
                onKeyDown={onTreeKeyDown}
                data-testid="agency-tree"
              />
            </Paper>
          </Grid.Col>
          <Grid.Col span={{ base: 12, md: 5 }}>
            {/* Stays in view beside a long tree; scrolls inside when taller than the window. */}
            <Box pos="sticky" top={72} mah="calc(100vh - 88px)" style={{ overflowY: 'auto' }}>
              {selected ? (
                <AgencyDetails
                  agency={selected}
                  byId={byId}
                  successions={successions.data ?? []}
                  successionsError={successions.error}
                  onRetrySuccessions={successions.refetch}
                  legalBases={legalBases.data ?? []}
                  today={today}
                  onSelect={onSelect}
                  onEdit={() => setEditing({ agency: selected, parentId: selected.parentId })}
                  onAddChild={() => setEditing({ agency: null, parentId: selected.id })}
                  onDelete={() =>
                    deletion.confirmDelete({
                      method: 'agencies',
                      id: selected.id,
                      version: selected.version,
                      label: agencyName(selected, lang),
                    })
                  }
                />
              ) : (
                <Paper withBorder p="lg">
                  <Text size="sm" c="gray.7">
                    {selectedId ? t('directory.agencies.notFound') : t('directory.agencies.choose')}
                  </Text>
                </Paper>
              )}
            </Box>
          </Grid.Col>
        </Grid>
      )}
      {editing ? (
        <AgencyForm
          agency={editing.agency}
          parentId={editing.parentId}
          agencies={list}
          onClose={() => setEditing(null)}
          onSaved={(saved) => {
            setEditing(null);
            onSelect(saved.id);
          }}
        />
      ) : null}
      {deletion.modal}
    </>
  );
}

function AgencyDetails({
  agency,
  byId,
  successions,
  successionsError,
  onRetrySuccessions,
  legalBases,
  today,
  onSelect,
  onEdit,
  onAddChild,
  onDelete,
}: {
  agency: Agency;
  byId: ReadonlyMap<string, Agency>;
  successions: readonly AgencySuccession[];
  successionsError: unknown;
  onRetrySuccessions: () => void;
  legalBases: readonly LegalBasis[];
  today: string;
  onSelect: (id: string) => void;
  onEdit: () => void;
  onAddChild: () => void;
  onDelete: () => void;
}) {
  const { t } = useTranslation();
  const [lang] = useLanguage();
  const name = agencyName(agency, lang);
  const other = lang === 'en' ? agency.nameVi : agency.nameEn;
  const parent = agency.parentId ? byId.get(agency.parentId) : undefined;
  const predecessors = successions.filter((s) => s.successorId === agency.id);
  const successors = successions.filter((s) => s.predecessorId === agency.id);
  const children = [...byId.values()].filter((a) => a.parentId === agency.id);
  const basis = (id: string | null) => (id ? legalBases.find((b) => b.id === id) : undefined);

  const link = (a: Agency | undefined) =>
    a ? (
      <Anchor component="button" type="button" size="sm" ta="left" onClick={() => onSelect(a.id)}>
        {agencyName(a, lang)}
      </Anchor>
    ) : (
      t('common.none')
    );

  const successionLine = (s: AgencySuccession) => {
    const from = byId.get(s.predecessorId);
    const to = byId.get(s.successorId);
    const lb = basis(s.legalBasisId);
    return (
      <Box key={s.id} data-testid="succession-line">
        <Text size="sm" component="div">
          {link(from)} → {link(to)}, {formatDate(s.effectiveOn)}, {t(`directory.successions.kinds.${s.kind}`)}
        </Text>
        {lb ? (
          <Text size="xs" c="gray.7">
            {t('directory.successions.basis', { number: `${lb.number} (${formatDate(lb.issuedOn)})` })}
          </Text>
        ) : null}
      </Box>
    );
  };

  const row = (label: string, value: ReactNode) => (
    <Box>
      <Text size="xs" c="gray.7" fw={600}>
        {label}
      </Text>
      <Box fz="sm">{value}</Box>
    </Box>
  );

  return (
    <Paper withBorder p="lg" component="section" aria-labelledby="agency-details-title" data-testid="agency-details">
      <Stack gap="sm">
        <Box>
          <Title order={2} size="h4" id="agency-details-title" lang={lang}>
            {name}
          </Title>
          <Text size="sm" c="gray.7" lang={lang === 'en' ? 'vi' : 'en'}>
            {other}
          </Text>
        </Box>
        <Group gap="xs">
          <Badge variant="light" color="teal">
            {t(`directory.agencies.kinds.${agency.kind}`)}
          </Badge>
          <Badge variant="outline" color="gray" ff="monospace">
            {agency.code}
          </Badge>
          {agency.abbreviation ? (
            <Badge variant="outline" color="gray" tt="none">
              {agency.abbreviation}
            </Badge>
          ) : null}
        </Group>
        <Group gap="xs">
          <Button size="xs" variant="default" leftSection={<IconPencil size={14} aria-hidden />} onClick={onEdit}>
            {t('directory.actions.edit')}
          </Button>
          <Button size="xs" variant="default" leftSection={<IconPlus size={14} aria-hidden />} onClick={onAddChild}>
            {t('directory.agencies.addChild')}
          </Button>
          <Button size="xs" variant="default" color="red" leftSection={<IconTrash size={14} aria-hidden />} onClick={onDelete}>
            {t('directory.actions.delete')}
          </Button>
        </Group>
        {row(t('directory.agencies.fields.validity'), <Validity from={agency.validFrom} to={agency.validTo} today={today} />)}
        {row(t('directory.agencies.fields.parent'), link(parent))}
        {agency.notes ? row(t('directory.agencies.fields.notes'), <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>{agency.notes}</Text>) : null}
        <Box>
          <Title order={3} size="h6" mb={4}>
            {t('directory.successions.title')}
          </Title>
          {successionsError ? (
            <ErrorState error={successionsError} onRetry={onRetrySuccessions} title={t('directory.successions.loadFailed')} />
          ) : predecessors.length + successors.length === 0 ? (
            <Text size="sm" c="gray.7">
              {t('directory.successions.none')}
            </Text>
          ) : (
            <Stack gap={6}>
              {predecessors.length > 0 ? row(t('directory.successions.predecessors'), <Stack gap={4}>{predecessors.map(successionLine)}</Stack>) : null}
              {successors.length > 0 ? row(t('directory.successions.successors'), <Stack gap={4}>{successors.map(successionLine)}</Stack>) : null}
            </Stack>
          )}
        </Box>
        <Box>
          <Title order={3} size="h6" mb={4}>
            {t('directory.agencies.children')}
          </Title>
          {children.length === 0 ? (
            <Text size="sm" c="gray.7">
              {t('directory.agencies.noChildren')}
            </Text>
          ) : (
            <Stack gap={2}>{children.map((c) => <Box key={c.id}>{link(c)}</Box>)}</Stack>
          )}
        </Box>

      </Stack>
    </Paper>
  );
}
