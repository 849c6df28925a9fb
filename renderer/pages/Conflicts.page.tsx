import { Alert, Anchor, Badge, Button, Group, NumberInput, Paper, SimpleGrid, Stack, Text, Textarea, TextInput, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconAlertTriangle, IconArrowMerge, IconCheck, IconCopy, IconPencil, IconRestore, IconTrash } from '@tabler/icons-react';
import type { TFunction } from 'i18next';
import { useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ConflictItem, Input, MethodName } from '../../electron/contract';
import { useApiMutation, useApiQuery } from '../api';
import { useClock } from '../clock';
import { ErrorState } from '../components/ErrorState/ErrorState';
import { formatValue, type ValueWords } from '../components/history/historyValues';
import { LoadingState } from '../components/LoadingState/LoadingState';
import { PageHeader } from '../components/PageHeader/PageHeader';
import { pathOfHit } from '../components/search/searchTargets';
import { DateField } from '../forms/DateField';
import { isIsoDay } from '../forms/dateText';
import { formatInstant } from '../format';
import { errorMessage, fieldErrors } from '../i18n/errors';
import { useLanguage } from '../i18n/useLanguage';
import type { PageProps } from '../routes';
import { hrefOf } from '../router/useHashRoute';

/** How many items the screen shows at first, and adds each time. */
const PAGE = 40;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Every record id the items' values name, to show names instead. */
function idsIn(items: readonly ConflictItem[]): string[] {
  const found = new Set<string>();
  const take = (v: unknown) => {
    if (typeof v === 'string' && UUID.test(v)) found.add(v);
    else if (Array.isArray(v)) v.forEach(take);
    else if (v && typeof v === 'object') Object.values(v).forEach(take);
  };
  for (const i of items) {
    take(i.base);
    i.sides.forEach((s) => take(s.value));
    i.edits?.forEach((e) => take(e.side.value));
    i.duplicates?.forEach((d) => take(d.details));
  }
  return [...found].sort().slice(0, 500);
}

/** The screen's words for values (History's rules: dates dd/MM/yyyy, enumerations, names). */
function useValueWords(items: readonly ConflictItem[] | undefined): ValueWords {
  const { t } = useTranslation();
  const [lang] = useLanguage();
  const ids = useMemo(() => idsIn(items ?? []), [items]);
  const names = useApiQuery('history.names', { ids }, { enabled: ids.length > 0 });
  return useMemo(
    () => ({
      lang,
      names: new Map((names.data ?? []).map((n) => [n.id, lang === 'en' ? n.en : n.vi])),
      empty: t('conflicts.none'),
      unknownRecord: t('meetingPage.history.changed'),
      yes: t('conflicts.yes'),
      no: t('conflicts.no'),
      classifications: t('meetingPage.delegation.classificationValues', { returnObjects: true }) as Record<string, string>,
      maxText: 600,
    }),
    [names.data, lang, t],
  );
}

const fieldLabel = (register: string, t: TFunction) => t(`conflicts.fields.${register}` as never, { defaultValue: register });

/** The conflicts inbox: what the laptops disagree on, and the officer's choice for each. */
export function ConflictsPage(_props: PageProps) {
  const { t } = useTranslation();
  const list = useApiQuery('conflicts.open', {});
  // A long inbox (after a week offline) is shown a page at a time: the cards are heavy.
  const [shown, setShown] = useState(PAGE);
  const page = useMemo(() => list.data?.slice(0, shown), [list.data, shown]);
  const words = useValueWords(page);
  let body: ReactNode;
  if (list.error && !list.data) body = <ErrorState error={list.error} onRetry={list.refetch} />;
  else if (!list.data) body = <LoadingState rows={4} />;
  else if (list.data.length === 0)
    body = (
      <Paper withBorder p="lg" data-testid="conflicts-empty">
        <Group gap="sm" wrap="nowrap">
          <IconCheck size={20} color="var(--mantine-color-teal-7)" aria-hidden />
          <Text size="sm">{t('conflicts.empty')}</Text>
        </Group>
      </Paper>
    );
  else
    body = (
      <Stack gap="lg">
        {(page ?? []).map((item) => (
          <ConflictCard key={item.key} item={item} words={words} />
        ))}
        {list.data.length > shown ? (
          <Group gap="sm" data-testid="conflicts-more">
            <Text size="sm">{t('conflicts.shownOf', { shown, total: list.data.length })}</Text>
            <Button variant="default" size="xs" onClick={() => setShown((n) => n + PAGE)}>
              {t('conflicts.more')}
            </Button>
          </Group>
        ) : null}
      </Stack>
    );
  return (
    <>
      <PageHeader title={t('conflicts.title')} description={t('conflicts.description')}>
        {list.data && list.data.length > 0 ? (
          <Text size="sm" fw={600} data-testid="conflicts-count">
            {t('conflicts.count', { n: list.data.length })}
          </Text>
        ) : null}
      </PageHeader>
      {body}
    </>
  );
}

/** Who wrote a value, on which laptop, when (office time). */
function useBy() {
  const { t } = useTranslation();
  const { zone } = useClock();
  return (s: { officerName: string | null; deviceName: string | null; at: string | null; mine?: boolean }) =>
    t('conflicts.by', {
      officer: s.officerName ?? t('conflicts.unknownOfficer'),
      laptop: s.mine ? `${s.deviceName ?? ''} (${t('conflicts.thisLaptop')})`.trim() : (s.deviceName ?? t('conflicts.unknownLaptop')),
      at: formatInstant(s.at, zone),
    });
}

/** One item: the record (linked), what kind of disagreement, and its choices. */
function ConflictCard({ item, words }: { item: ConflictItem; words: ValueWords }) {
  const { t } = useTranslation();
  const [lang] = useLanguage();
  const headingId = `conflict-${item.key.replace(/[^a-zA-Z0-9-]/g, '-')}`;
  const record = item.record;
  const name = (lang === 'en' ? record.en : record.vi) || t('conflicts.unnamed');
  const title = t('conflicts.record', { entity: capitalise(t(`today.entities.${record.entity}`)), name });
  return (
    <Paper withBorder p="lg" component="article" aria-labelledby={headingId} data-testid="conflict-item" data-kind={item.kind}>
      <Stack gap="sm">
        <Group gap="xs" wrap="wrap">
          <Badge color={item.kind === 'duplicate' ? 'blue' : item.kind === 'deleted_edited' ? 'red' : 'orange'} variant="light" radius="sm" tt="none">
            {t(`conflicts.kind.${item.kind}`)}
          </Badge>
          {record.deleted && item.kind !== 'duplicate' ? (
            <Badge color="gray" variant="outline" radius="sm" tt="none">
              {t('conflicts.deletedRecord')}
            </Badge>
          ) : null}
        </Group>
        <Title order={2} size="h4" id={headingId}>
          {record.target && item.kind !== 'duplicate' && !(record.deleted && record.target.id === record.id) ? (
            <Anchor href={hrefOf(pathOfHit(record.target))} inherit>
              {title}
            </Anchor>
          ) : (
            title
          )}
        </Title>
        {item.kind === 'field' ? <FieldConflict item={item} words={words} /> : null}
        {item.kind === 'deleted_edited' ? <DeletedConflict item={item} words={words} /> : null}
        {item.kind === 'duplicate' ? <DuplicateConflict item={item} words={words} /> : null}
      </Stack>
    </Paper>
  );
}

const capitalise = (s: string) => s.charAt(0).toLocaleUpperCase('vi') + s.slice(1);

/** A resolution's call: pending state, the error beside the item, a notice once saved. */
function useResolve<M extends MethodName>(method: M) {
  const { t } = useTranslation();
  const mutation = useApiMutation(method);
  const [error, setError] = useState<unknown>(null);
  const run = async (input: Input<M>) => {
    setError(null);
    try {
      await mutation.run(input);
      // One notice however many items are resolved in a row (a second while it shows is not stacked).
      notifications.show({ id: 'conflicts-done', color: 'teal', message: t('conflicts.done') });
    } catch (err) {
      setError(err);
    }
  };
  return { run, pending: mutation.isPending, error };
}

function ResolveError({ error }: { error: unknown }) {
  const { t } = useTranslation();
  const [lang] = useLanguage();
  if (!error) return null;
  return (
    <Alert color="red" variant="light" icon={<IconAlertTriangle size={18} aria-hidden />} role="alert" data-testid="conflict-error">
      <Text size="sm">{errorMessage(error, lang, t)}</Text>
    </Alert>
  );
}

function FieldConflict({ item, words }: { item: ConflictItem; words: ValueWords }) {
  const { t } = useTranslation();
  const by = useBy();
  const resolve = useResolve('conflicts.resolveField');
  const [typing, setTyping] = useState(false);
  const register = item.register ?? '';
  const show = (v: unknown) => formatValue(item.record.entity, item.fields.length === 1 ? item.fields[0]! : register, v, words);
  const multiline = item.input === 'lines';
  return (
    <Stack gap="sm">
      <Group gap="xl" align="flex-start" wrap="wrap">
        <div>
          <Text size="xs" c="dimmed" fw={600}>
            {t('conflicts.fieldLabel')}
          </Text>
          <Text size="sm" fw={600} data-testid="conflict-field">
            {item.labelKey ? t(item.labelKey as never, { defaultValue: register }) : fieldLabel(register, t)}
          </Text>
        </div>
        <div>
          <Text size="xs" c="dimmed" fw={600}>
            {t('conflicts.agreed')}
          </Text>
          <Text size="sm" data-testid="conflict-base" style={{ whiteSpace: multiline ? 'pre-wrap' : undefined }}>
            {'base' in item ? show(item.base) : t('conflicts.agreedUnknown')}
          </Text>
        </div>
      </Group>
      <Text size="xs" c="dimmed" fw={600}>
        {t('conflicts.sides')}
      </Text>
      <SimpleGrid cols={{ base: 1, sm: Math.min(item.sides.length, 3) }} spacing="sm">
        {item.sides.map((s, i) => (
          <Paper key={s.hlc} withBorder p="sm" radius="sm" data-testid="conflict-side" bg={i === 0 ? 'var(--mantine-color-gray-0)' : undefined}>
            <Stack gap={6} h="100%" justify="space-between">
              <div>
                <Group gap={6}>
                  <Text size="xs" c="dimmed" fw={600}>
                    {t('conflicts.side', { n: i + 1 })}
                  </Text>
                  {i === 0 ? (
                    <Badge size="xs" variant="light" color="gray" tt="none">
                      {t('conflicts.shownNow')}
                    </Badge>
                  ) : null}
                </Group>
                <Text size="sm" fw={600} data-testid="conflict-side-value" style={{ whiteSpace: multiline ? 'pre-wrap' : undefined, overflowWrap: 'anywhere' }}>
                  {show(s.value)}
                </Text>
                <Text size="xs" c="dimmed" style={{ fontVariantNumeric: 'tabular-nums' }} data-testid="conflict-side-by">
                  {by(s)}
                </Text>
              </div>
              <Group>
                <Button
                  size="xs"
                  variant="light"
                  leftSection={<IconCheck size={14} aria-hidden />}
                  loading={resolve.pending}
                  aria-label={t('conflicts.keepLabel', { n: i + 1, value: show(s.value).slice(0, 80) })}
                  onClick={() => void resolve.run({ key: item.key, token: item.token, how: 'keep', hlc: s.hlc })}
                >
                  {t('conflicts.keep')}
                </Button>
              </Group>
            </Stack>
          </Paper>
        ))}
      </SimpleGrid>
      {item.input || item.joinable ? (
        <Group gap="sm">
          {item.input ? (
            <Button size="xs" variant="default" leftSection={<IconPencil size={14} aria-hidden />} onClick={() => setTyping((v) => !v)} aria-expanded={typing}>
              {t('conflicts.typeOther')}
            </Button>
          ) : null}
          {item.joinable ? (
            <Button
              size="xs"
              variant="default"
              leftSection={<IconCopy size={14} aria-hidden />}
              loading={resolve.pending}
              title={t('conflicts.joinHint')}
              onClick={() => void resolve.run({ key: item.key, token: item.token, how: 'join' })}
            >
              {t('conflicts.join')}
            </Button>
          ) : null}
        </Group>
      ) : null}
      {typing && item.input ? (
        <TypedValue item={item} pending={resolve.pending} error={resolve.error} onCancel={() => setTyping(false)} onSave={(value) => void resolve.run({ key: item.key, token: item.token, how: 'type', value })} />
      ) : null}
      {typing && Object.keys(fieldErrors(resolve.error, t)).length > 0 ? null : <ResolveError error={resolve.error} />}
    </Stack>
  );
}

/** "Type another": a field of the register's kind, starting from the value shown. */
function TypedValue({ item, pending, error, onCancel, onSave }: { item: ConflictItem; pending: boolean; error: unknown; onCancel: () => void; onSave: (value: unknown) => void }) {
  const { t } = useTranslation();
  // The reason a typed value was refused, under its field (as a form shows it).
  const problems = fieldErrors(error, t, item.input === 'number' ? {} : Object.fromEntries(item.fields.map((f) => [f, 'string' as const])));
  const [a, b] = item.fields;
  const problemOf = (f: string | undefined) => (f ? problems[f] : undefined);
  const first = item.sides[0]?.value;
  const [text, setText] = useState(typeof first === 'string' ? first : typeof first === 'number' ? String(first) : '');
  const pair = (first && typeof first === 'object' ? first : {}) as Record<string, string | null>;
  const [from, setFrom] = useState<string | null>(a ? (pair[a] ?? null) : null);
  const [to, setTo] = useState<string | null>(b ? (pair[b] ?? null) : null);
  const [date, setDate] = useState<string | null>(typeof first === 'string' ? first : null);
  const [num, setNum] = useState<number | string>(typeof first === 'number' ? first : '');
  let field: ReactNode;
  let value: unknown;
  let ready = true;
  if (item.input === 'dates') {
    field = (
      <Group gap="sm" align="flex-start">
        <DateField label={t('conflicts.startDate')} value={from} onChange={setFrom} clearable={false} error={problemOf(a)} />
        <DateField label={t('conflicts.endDate')} value={to} onChange={setTo} error={problemOf(b)} />
      </Group>
    );
    value = { [a!]: from, [b!]: to };
    ready = !!from && isIsoDay(from) && (to === null || isIsoDay(to));
  } else if (item.input === 'date') {
    field = <DateField label={t('conflicts.newValue')} value={date} onChange={setDate} error={problemOf(a)} />;
    value = date;
    ready = date === null || isIsoDay(date);
  } else if (item.input === 'number') {
    field = <NumberInput label={t('conflicts.newValue')} value={num} onChange={setNum} allowDecimal={false} min={1} w={160} error={problemOf(a)} />;
    value = num === '' ? null : Number(num);
  } else if (item.input === 'lines') {
    field = <Textarea label={t('conflicts.newValue')} value={text} onChange={(e) => setText(e.currentTarget.value)} autosize minRows={3} maxRows={10} error={problemOf(a)} />;
    value = text;
  } else {
    field = <TextInput label={t('conflicts.newValue')} value={text} onChange={(e) => setText(e.currentTarget.value)} error={problemOf(a)} />;
    value = text;
  }
  return (
    <Paper withBorder p="sm" radius="sm" component="form" onSubmit={(e) => {
      e.preventDefault();
      if (ready) onSave(value);
    }} data-testid="conflict-typed">
      <Stack gap="sm">
        {field}
        <Group gap="sm">
          <Button type="submit" size="xs" loading={pending} disabled={!ready}>
            {t('conflicts.save')}
          </Button>
          <Button size="xs" variant="default" onClick={onCancel}>
            {t('conflicts.cancel')}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}

function DeletedConflict({ item, words }: { item: ConflictItem; words: ValueWords }) {
  const { t } = useTranslation();
  const by = useBy();
  const resolve = useResolve('conflicts.resolveDeleted');
  return (
    <Stack gap="sm">
      <Text size="sm" data-testid="conflict-deletion">
        {item.deletion ? t('conflicts.deleted.deletedBy', { by: by(item.deletion) }) : t('conflicts.deleted.deletedUnknown')}
      </Text>
      {item.edits && item.edits.length > 0 ? (
        <div>
          <Text size="xs" c="dimmed" fw={600}>
            {t('conflicts.deleted.editedBy')}
          </Text>
          <Stack gap={4} component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
            {item.edits.map((e) => (
              <li key={`${e.register}-${e.side.hlc}`} data-testid="conflict-edit">
                <Text size="sm">
                  <Text span fw={600} size="sm">
                    {fieldLabel(e.register, t)}
                  </Text>
                  {': '}
                  {formatValue(item.record.entity, e.fields.length === 1 ? e.fields[0]! : e.register, e.side.value, words)}
                </Text>
                <Text size="xs" c="dimmed" style={{ fontVariantNumeric: 'tabular-nums' }}>
                  {by(e.side)}
                </Text>
              </li>
            ))}
          </Stack>
        </div>
      ) : null}
      <Group gap="sm">
        <Button size="xs" variant="light" leftSection={<IconRestore size={14} aria-hidden />} loading={resolve.pending} onClick={() => void resolve.run({ key: item.key, token: item.token, how: 'restore' })}>
          {t('conflicts.deleted.restore')}
        </Button>
        <Button size="xs" variant="default" leftSection={<IconTrash size={14} aria-hidden />} loading={resolve.pending} onClick={() => void resolve.run({ key: item.key, token: item.token, how: 'keepDeleted' })}>
          {t('conflicts.deleted.keepDeleted')}
        </Button>
      </Group>
      <ResolveError error={resolve.error} />
    </Stack>
  );
}

function DuplicateConflict({ item, words }: { item: ConflictItem; words: ValueWords }) {
  const { t } = useTranslation();
  const [lang] = useLanguage();
  const { zone } = useClock();
  const resolve = useResolve('conflicts.resolveDuplicate');
  const sides = item.duplicates ?? [];
  // Two records of a unique key (a code, the delegation of a meeting, the head of a delegation): the first claim keeps it.
  const claim = item.claim;
  const [newValue, setNewValue] = useState('');
  return (
    <Stack gap="sm">
      <Text size="sm">{t(claim ? 'conflicts.duplicate.claimIntro' : 'conflicts.duplicate.intro')}</Text>
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
        {sides.map((d, i) => {
          const name = (lang === 'en' ? d.en : d.vi) || t('conflicts.unnamed');
          const labelId = `${item.key.replace(/[^a-zA-Z0-9-]/g, '-')}-${i}`;
          return (
            <Paper key={d.id} withBorder p="sm" radius="sm" component="section" aria-labelledby={labelId} data-testid="conflict-duplicate">
              <Stack gap={6}>
                <Group gap="xs">
                  <Text size="xs" c="dimmed" fw={600}>
                    {t(i === 0 ? 'conflicts.duplicate.first' : 'conflicts.duplicate.second')}
                  </Text>
                  {claim ? (
                    <Badge size="sm" variant="light" color={claim.keeper === d.id ? 'teal' : 'orange'}>
                      {t(claim.keeper === d.id ? 'conflicts.duplicate.keeper' : 'conflicts.duplicate.claimant')}
                    </Badge>
                  ) : null}
                </Group>
                <Text size="sm" fw={600} id={labelId}>
                  {d.target ? (
                    <Anchor href={hrefOf(pathOfHit(d.target))} size="sm" fw={600}>
                      {name}
                    </Anchor>
                  ) : (
                    name
                  )}
                </Text>
                <Stack gap={2}>
                  {Object.entries(d.details)
                    .filter(([, v]) => v !== null && v !== '')
                    .map(([f, v]) => (
                      <Text key={f} size="xs">
                        <Text span size="xs" c="dimmed">
                          {t(`conflicts.details.${f}` as never, { defaultValue: f })}:
                        </Text>{' '}
                        {formatValue(d.entity, f, v, words)}
                      </Text>
                    ))}
                </Stack>
                {d.createdBy ? (
                  <Text size="xs" c="dimmed" style={{ fontVariantNumeric: 'tabular-nums' }}>
                    {t('conflicts.duplicate.createdBy', {
                      by: t('conflicts.by', {
                        officer: d.createdBy.officerName ?? t('conflicts.unknownOfficer'),
                        laptop: d.createdBy.deviceName ?? t('conflicts.unknownLaptop'),
                        at: formatInstant(d.createdBy.at, zone),
                      }),
                    })}
                  </Text>
                ) : null}
                <Text size="xs">{t('conflicts.duplicate.links', { n: d.links })}</Text>
                <Group gap="xs" mt={4}>
                  {claim?.keepBoth === 'member' ? null : (
                    <Button
                      size="xs"
                      variant="light"
                      leftSection={<IconArrowMerge size={14} aria-hidden />}
                      loading={resolve.pending}
                      title={t('conflicts.duplicate.mergeHint')}
                      aria-describedby={labelId}
                      onClick={() => void resolve.run({ key: item.key, token: item.token, how: 'merge', id: d.id })}
                    >
                      {t('conflicts.duplicate.mergeInto')}
                    </Button>
                  )}
                  <Button
                    size="xs"
                    variant="default"
                    color="red"
                    leftSection={<IconTrash size={14} aria-hidden />}
                    loading={resolve.pending}
                    aria-describedby={labelId}
                    onClick={() => void resolve.run({ key: item.key, token: item.token, how: 'delete', id: d.id })}
                  >
                    {t('conflicts.duplicate.delete')}
                  </Button>
                </Group>
              </Stack>
            </Paper>
          );
        })}
      </SimpleGrid>
      {claim?.keepBoth === 'member' ? null : (
        <Text size="xs" c="dimmed">
          {t('conflicts.duplicate.mergeHint')}
        </Text>
      )}
      {!claim ? (
        <Group>
          <Button size="xs" variant="default" loading={resolve.pending} onClick={() => void resolve.run({ key: item.key, token: item.token, how: 'keepBoth' })}>
            {t('conflicts.duplicate.keepBoth')}
          </Button>
        </Group>
      ) : claim.keepBoth === 'rename' ? (
        <Group align="flex-end" gap="xs">
          <TextInput
            size="xs"
            label={t(claim.field === 'number' ? 'conflicts.duplicate.newNumber' : 'conflicts.duplicate.newCode')}
            value={newValue}
            onChange={(e) => setNewValue(e.currentTarget.value)}
            maxLength={200}
          />
          <Button
            size="xs"
            variant="default"
            loading={resolve.pending}
            disabled={!newValue.trim()}
            onClick={() => void resolve.run({ key: item.key, token: item.token, how: 'keepBoth', id: claim.claimant, value: newValue.trim() })}
          >
            {t('conflicts.duplicate.keepBothRename')}
          </Button>
        </Group>
      ) : claim.keepBoth === 'member' ? (
        <Group>
          <Button size="xs" variant="default" loading={resolve.pending} onClick={() => void resolve.run({ key: item.key, token: item.token, how: 'keepBoth' })}>
            {t('conflicts.duplicate.keepBothMember')}
          </Button>
        </Group>
      ) : (
        <Text size="xs" c="dimmed">
          {t(item.record.entity === 'delegation' ? 'conflicts.duplicate.oneDelegation' : 'conflicts.duplicate.oncePerDelegation')}
        </Text>
      )}
      <ResolveError error={resolve.error} />
    </Stack>
  );
}
