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

  it('resolves every section to its page, Today being home', () => {
    expect(resolveRoute('/')).toMatchObject({ kind: 'page', section: 'today' });
    expect(resolveRoute(HOME_PATH)).toMatchObject({ kind: 'page', section: 'today' });
    expect(resolveRoute('/settings')).toMatchObject({ kind: 'page', section: 'settings' });
    for (const s of SECTIONS) expect(resolveRoute(s.path)).toMatchObject({ kind: 'page', section: s.key });
    expect(resolveRoute('/meetings/0190a1b2-0000-7000-8000-000000000001')).toMatchObject({ kind: 'page', section: 'meetings', params: { id: '0190a1b2-0000-7000-8000-000000000001' } });
    expect(resolveRoute('/elsewhere')).toEqual({ kind: 'notFound' });
    expect(resolveRoute('/meetings/a/b')).toEqual({ kind: 'notFound' });
  });
});
