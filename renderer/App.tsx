import { AppShell, Badge, Burger, em, Group, NavLink, Text, VisuallyHidden } from '@mantine/core';
import { useDisclosure, useMediaQuery } from '@mantine/hooks';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ExchangeIndicator } from './components/exchange/ExchangeIndicator';
import { LanguageSwitch } from './components/LanguageSwitch/LanguageSwitch';
import { NotFound } from './components/NotFound/NotFound';
import { GlobalSearch } from './components/search/GlobalSearch';
import { useApi, useApiQuery } from './api';
import { resolveRoute, SECTIONS, type Resolved } from './routes';
import { focusAfterNavigation, focusMainHeading, MAIN_ID } from './router/focusHeading';
import { hrefOf, useHashRoute } from './router/useHashRoute';

/** The shell: header with the language switch, the sections, and the current screen. */
export function App() {
  const { t } = useTranslation();
  const [navOpened, nav] = useDisclosure(false);
  const { path } = useHashRoute();
  const resolved = resolveRoute(path);
  const activeSection = resolved.kind === 'notFound' ? null : resolved.section;

  // On a narrow window the navigation is a drawer: close it once a section is chosen.
  // Below the 'sm' breakpoint a closed navigation is off screen: keep it out of the Tab order.
  const narrow = useMediaQuery(`(max-width: ${em(767.98)})`) ?? false;
  const closeNav = nav.close;
  useEffect(() => closeNav(), [path, closeNav]);
  // A new screen starts at its top, as a new page would (a hash change keeps the scroll position
  // of the screen it leaves); a change of the query part (filters) keeps it.
  const shownPath = useRef(path);
  useEffect(() => {
    if (shownPath.current === path) return;
    shownPath.current = path;
    window.scrollTo(0, 0);
    // …and the focus goes to its heading (not on the first screen: the skip link comes first).
    focusAfterNavigation();
  }, [path]);

  // Entering a screen: its first data is asked for while React renders it (the screen's own
  // effects, which would ask, run only after the whole screen is rendered and committed). The
  // client keeps the answer for the screen's first identical call. Only a change of screen,
  // not of the query part (filters written to the address), prefetches.
  const api = useApi();
  const [enteredPath, setEnteredPath] = useState(path);
  if (enteredPath !== path) {
    setEnteredPath(path);
    if (resolved.kind === 'page') resolved.route.prefetch?.(api, new URLSearchParams(window.location.hash.split('?')[1] ?? ''), resolved.params);
  }

  // The conflicts inbox is in the navigation while it holds something (or is open), with its count.
  const conflicts = useApiQuery('conflicts.count', {}).data?.open ?? 0;
  const main = SECTIONS.filter((s) => s.key !== 'settings' && (s.key !== 'conflicts' || conflicts > 0 || activeSection === 'conflicts'));
  const settings = SECTIONS.filter((s) => s.key === 'settings');
  const link = (s: (typeof SECTIONS)[number]) => {
    const active = s.key === activeSection;
    const SectionIcon = s.icon;
    return (
      <NavLink
        key={s.key}
        href={hrefOf(s.path)}
        label={
          s.key === 'conflicts' && conflicts > 0 ? (
            <>
              {t('nav.conflicts')}
              <VisuallyHidden>{`: ${t('conflicts.navBadge', { n: conflicts })}`}</VisuallyHidden>
            </>
          ) : (
            t(`nav.${s.key}`)
          )
        }
        rightSection={
          s.key === 'conflicts' && conflicts > 0 ? (
            <Badge color="red.9" variant="filled" size="sm" circle={conflicts < 10} aria-hidden data-testid="nav-conflicts-count">
              {conflicts}
            </Badge>
          ) : undefined
        }
        leftSection={<SectionIcon size={18} stroke={1.6} aria-hidden />}
        active={active}
        aria-current={active ? 'page' : undefined}
        variant="light"
      />
    );
  };

  return (
    <>
    {/* The first stop of the Tab key: past the header and the sections, to the screen itself. */}
    <a
      className="asoen-skip-link"
      href={`#${MAIN_ID}`}
      onClick={(e) => {
        e.preventDefault();
        focusMainHeading();
      }}
    >
      {t('nav.skip')}
    </a>
    <AppShell header={{ height: 56 }} navbar={{ width: 232, breakpoint: 'sm', collapsed: { mobile: !navOpened } }} padding="lg">
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Group gap="sm" wrap="nowrap">
            <Burger opened={navOpened} onClick={nav.toggle} hiddenFrom="sm" size="sm" aria-label={t('nav.toggle')} aria-expanded={navOpened} />
            <Text component="span" fw={700} size="lg" c="teal.8">
              {t('app.name')}
            </Text>
            <Text component="span" c="dimmed" size="sm" visibleFrom="md">
              {t('app.tagline')}
            </Text>
          </Group>
          <Group gap="sm" wrap="nowrap">
            <ExchangeIndicator />
            <GlobalSearch />
            <LanguageSwitch />
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="xs" aria-label={t('nav.label')} inert={narrow && !navOpened}>
        <AppShell.Section grow>{main.map(link)}</AppShell.Section>
        <AppShell.Section>{settings.map(link)}</AppShell.Section>
      </AppShell.Navbar>
      <AppShell.Main id={MAIN_ID} tabIndex={-1}>
        <Screen resolved={resolved} path={path} />
      </AppShell.Main>
    </AppShell>
    </>
  );
}

function Screen({ resolved, path }: { resolved: Resolved; path: string }) {
  if (resolved.kind === 'notFound') return <NotFound />;
  const Page = resolved.page;
  // Keyed by path: a screen starts fresh when the address changes (not when the language does).
  return <Page key={path} params={resolved.params} />;
}
