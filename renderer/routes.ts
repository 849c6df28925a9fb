import {
  IconAddressBook,
  IconArrowsDiff,
  IconCalendarEvent,
  IconChecklist,
  IconFileText,
  IconSettings,
  IconSitemap,
  IconSun,
  type Icon,
} from '@tabler/icons-react';
import type { ComponentType } from 'react';
import type { ApiClient } from './api';
import { prefetchActionItems } from './components/actions/filters';
import { ActionItemsPage } from './pages/ActionItems.page';
import { ConflictsPage } from './pages/Conflicts.page';
import { DirectoryPage } from './pages/Directory.page';
import { DocumentsPage } from './pages/Documents.page';
import { FocalPointsPage } from './pages/FocalPoints.page';
import { MeetingDetailPage } from './pages/MeetingDetail.page';
import { MeetingsPage } from './pages/Meetings.page';
import { SettingsPage } from './pages/Settings.page';
import { TodayPage } from './pages/Today.page';
import { matchPath } from './router/useHashRoute';

/** The sections of the product, in the order of the navigation. */
export const SECTIONS = [
  { key: 'today', path: '/today', icon: IconSun },
  { key: 'meetings', path: '/meetings', icon: IconCalendarEvent },
  { key: 'actions', path: '/actions', icon: IconChecklist },
  { key: 'documents', path: '/documents', icon: IconFileText },
  { key: 'focalPoints', path: '/focal-points', icon: IconSitemap },
  { key: 'directory', path: '/directory', icon: IconAddressBook },
  { key: 'conflicts', path: '/conflicts', icon: IconArrowsDiff },
  { key: 'settings', path: '/settings', icon: IconSettings },
] as const satisfies ReadonlyArray<{ key: string; path: string; icon: Icon }>;

export type SectionKey = (typeof SECTIONS)[number]['key'];

export interface PageProps {
  params: Record<string, string>;
}

/** The screens that exist, by path pattern. A section without any shows "coming soon". */
export interface Route {
  pattern: string;
  section: SectionKey;
  page: ComponentType<PageProps>;
  /**
   * Asks, at the navigation, for the data the screen's first render will ask for, so the
   * answer travels while the screen renders (the action-items list at 100,000 rows).
   */
  prefetch?: (api: ApiClient, query: URLSearchParams, params: Record<string, string>) => void;
}

export const ROUTES: ReadonlyArray<Route> = [
  { pattern: '/today', section: 'today', page: TodayPage },
  { pattern: '/meetings', section: 'meetings', page: MeetingsPage },
  { pattern: '/meetings/:id', section: 'meetings', page: MeetingDetailPage },
  { pattern: '/actions', section: 'actions', page: ActionItemsPage, prefetch: (api, query) => prefetchActionItems(api, query) },
  { pattern: '/documents', section: 'documents', page: DocumentsPage },
  { pattern: '/focal-points', section: 'focalPoints', page: FocalPointsPage },
  { pattern: '/directory', section: 'directory', page: DirectoryPage },
  { pattern: '/conflicts', section: 'conflicts', page: ConflictsPage },
  { pattern: '/settings', section: 'settings', page: SettingsPage },
];

/** Where an empty address leads: the Today screen. */
export const HOME_PATH = '/today';

export type Resolved =
  | { kind: 'page'; section: SectionKey; page: ComponentType<PageProps>; params: Record<string, string>; route: Route }
  | { kind: 'notFound' };

export function resolveRoute(path: string): Resolved {
  const target = path === '/' ? HOME_PATH : path;
  for (const route of ROUTES) {
    const params = matchPath(route.pattern, target);
    if (params) return { kind: 'page', section: route.section, page: route.page, params, route };
  }
  return { kind: 'notFound' };
}
