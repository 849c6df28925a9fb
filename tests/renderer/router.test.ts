import { describe, expect, it } from 'vitest';
import { HOME_PATH, resolveRoute, SECTIONS } from '../../renderer/routes';
import { hrefOf, matchPath, pathOf } from '../../renderer/router/useHashRoute';

describe('the hash router', () => {
  it('reads the path from the hash', () => {
    expect(pathOf('')).toBe('/');
    expect(pathOf('#/meetings')).toBe('/meetings');
    expect(pathOf('#/meetings/abc/?tab=x')).toBe('/meetings/abc');
    expect(pathOf('#/people/Nguy%E1%BB%85n')).toBe('/people/Nguyễn');
    expect(hrefOf('/settings')).toBe('#/settings');
  });

  it('matches patterns with parameters', () => {
    expect(matchPath('/meetings/:id', '/meetings/42')).toEqual({ id: '42' });
    expect(matchPath('/meetings/:id', '/meetings')).toBeNull();
    expect(matchPath('/meetings', '/settings')).toBeNull();
  });

  it('resolves every section: a built page, or "coming soon"', () => {
    expect(resolveRoute('/')).toMatchObject({ kind: 'page', section: 'meetings' });
    expect(resolveRoute(HOME_PATH)).toMatchObject({ kind: 'page', section: 'meetings' });
    expect(resolveRoute('/settings')).toMatchObject({ kind: 'page', section: 'settings' });
    for (const s of SECTIONS) expect(resolveRoute(s.path).kind).not.toBe('notFound');
    expect(resolveRoute('/today')).toEqual({ kind: 'coming', section: 'today' });
    expect(resolveRoute('/elsewhere')).toEqual({ kind: 'notFound' });
  });
});
