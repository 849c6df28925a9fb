import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { axeViolations, openPage, screenshot, startWebApp, useBrowserDesk, type WebApp } from '../helpers/browser';

// Three laptops (three browser-mode desks, each with its own data folder) and one exchange folder:
// the folder set on the screen of one and through the API on the others, a meeting made on one
// arrives on the other two after "Exchange now".

const share = mkdtempSync(path.join(tmpdir(), 'asoen-e2e-share-'));
afterAll(() => rmSync(share, { recursive: true, force: true }));

async function api<T = unknown>(web: WebApp, method: string, input: unknown = {}): Promise<T> {
  const u = new URL(web.url);
  const res = await fetch(new URL('/api', u), {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-asoen-token': u.searchParams.get('token')! },
    body: JSON.stringify({ method, input }),
  });
  const envelope = (await res.json()) as { ok: boolean; value?: T; error?: { message: { en: string } } };
  if (!envelope.ok) throw new Error(`${method}: ${envelope.error?.message.en}`);
  return envelope.value as T;
}

interface Status {
  state: string;
  lastRound: { outcome: string; batchesApplied: number } | null;
  laptops: Array<{ name: string | null }>;
}

/** Asks for a round and waits until it has ended. */
async function exchange(web: WebApp): Promise<Status> {
  await api(web, 'exchange.now');
  await expect.poll(async () => (await api<Status>(web, 'exchange.status')).state, { timeout: 15_000 }).not.toBe('running');
  return api<Status>(web, 'exchange.status');
}

describe('the exchange between three laptops, in headless Chromium', () => {
  const desk = useBrowserDesk({ args: [], open: true });
  let b: WebApp;
  let c: WebApp;
  let pageB: Page;
  let meetingId = '';

  beforeAll(async () => {
    [b, c] = await Promise.all([startWebApp([]), startWebApp([])]);
    await api(desk.web, 'settings.update', { laptopName: 'Máy A', officerName: 'Nguyễn Văn An' });
    await api(b, 'settings.update', { laptopName: 'Máy B', officerName: 'Trần Thị Bình' });
    await api(c, 'settings.update', { laptopName: 'Máy C', officerName: 'Lê Văn Cường' });
    pageB = await openPage(desk.browser);
  });
  afterAll(async () => {
    await Promise.all([b?.stop(), c?.stop()]);
  });

  it('sets the folder on the Settings screen, which then shows the exchange and the header says when it ran', async () => {
    const page = desk.page;
    await page.evaluate(() => (window.location.hash = '#/settings'));
    const region = page.getByRole('region', { name: 'Trao đổi dữ liệu giữa các máy' });
    await region.getByLabel('Thư mục trao đổi').fill(path.join(share, 'không có'));
    await region.getByRole('button', { name: 'Lưu và trao đổi' }).click();
    // A missing folder is refused, saying so, with the offer to create it.
    await expect.poll(() => region.innerText()).toContain('không tồn tại');
    expect(await region.getByRole('button', { name: 'Tạo thư mục này' }).count()).toBe(1);

    await region.getByLabel('Thư mục trao đổi').fill(share);
    await region.getByRole('button', { name: 'Lưu và trao đổi' }).click();
    await expect.poll(() => region.getByTestId('exchange-last').innerText(), { timeout: 15_000 }).toMatch(/Lúc \d{2}\/\d{2}\/\d{4} \d{2}:\d{2}: xong\./);
    expect(await region.innerText()).toContain('Máy này xuất hiện với tên Máy A, cán bộ Nguyễn Văn An');
    await expect.poll(() => page.getByTestId('exchange-indicator').innerText()).toMatch(/^Đã trao đổi lúc (\d{2}\/\d{2}\/\d{4} )?\d{2}:\d{2}$/); // the date only when the round fell on another day (a moment near midnight)
    expect(await axeViolations(page)).toEqual([]);
  });

  it('carries a meeting made on one laptop to the other two', async () => {
    for (const web of [b, c]) await api(web, 'exchange.setFolder', { folder: share });
    const bodies = await api<{ items: Array<{ id: string; code: string }> }>(desk.web, 'bodies.list', { q: 'ASOEN', limit: 5 });
    const asoen = bodies.items.find((x) => x.code === 'ASOEN')!;
    const meeting = await api<{ id: string; version: number }>(desk.web, 'meetings.create', {
      bodyId: asoen.id,
      titleVi: 'Hội nghị ASOEN lần thứ 37',
      titleEn: 'The 37th ASOEN meeting',
      startDate: '2027-03-10',
      endDate: '2027-03-12',
    });

    meetingId = meeting.id;
    // "Exchange now" on A's screen.
    const region = desk.page.getByRole('region', { name: 'Trao đổi dữ liệu giữa các máy' });
    await region.getByRole('button', { name: 'Trao đổi ngay' }).click();
    await expect.poll(() => region.getByTestId('exchange-last').innerText(), { timeout: 15_000 }).toContain('Đã gửi các thay đổi của máy này');

    for (const web of [b, c]) {
      const status = await exchange(web);
      expect(status.lastRound).toMatchObject({ outcome: 'ok' });
      expect((await api<{ titleVi: string }>(web, 'meetings.get', { id: meeting.id })).titleVi).toBe('Hội nghị ASOEN lần thứ 37');
    }

    // On B's screen: the meeting is listed, and Settings shows the laptops it has seen.
    await pageB.goto(b.url);
    await pageB.evaluate(() => (window.location.hash = '#/meetings'));
    await expect.poll(() => pageB.getByRole('main').innerText()).toContain('Hội nghị ASOEN lần thứ 37');
    await exchange(desk.web);
    await exchange(b);
    await pageB.evaluate(() => (window.location.hash = '#/settings'));
    const laptops = pageB.getByTestId('exchange-laptops');
    await expect.poll(() => laptops.innerText()).toContain('Máy A');
    const text = await laptops.innerText();
    expect(text).toContain('Nguyễn Văn An');
    expect(text).toContain('Máy C');
    expect(text).toContain('Lê Văn Cường');
    await pageB.evaluate(() => window.scrollTo(0, 0));
    await screenshot(pageB, 'exchange-settings-laptop-b');
  });

  it('shows the same field edited on two laptops as the same conflict on all three; resolving it on one clears it everywhere', async () => {
    const edit = async (web: WebApp, city: string) => {
      const m = await api<{ version: number }>(web, 'meetings.get', { id: meetingId });
      await api(web, 'meetings.update', { id: meetingId, version: m.version, changes: { city } });
    };
    await edit(desk.web, 'Hà Nội');
    await edit(b, 'Huế');
    const everyone = [desk.web, b, c];
    const exchangeAll = async () => {
      for (const web of [...everyone, ...everyone]) await exchange(web);
    };
    await exchangeAll();
    type Item = { key: string; token: string; sides: Array<{ hlc: string; value: unknown; deviceName: string | null }> };
    const inboxes = await Promise.all(everyone.map((web) => api<Item[]>(web, 'conflicts.open')));
    for (const inbox of inboxes) {
      expect(inbox.map((i) => i.key)).toEqual([`field:${meetingId}:city`]);
      expect(inbox[0]!.sides.map((x) => [x.value, x.deviceName]).sort()).toEqual([
        ['Huế', 'Máy B'],
        ['Hà Nội', 'Máy A'],
      ]);
    }

    // Resolved on C's screen: keep Huế.
    const pageC = await openPage(desk.browser);
    await pageC.goto(c.url);
    await pageC.evaluate(() => (window.location.hash = '#/conflicts'));
    const item = pageC.getByTestId('conflict-item');
    await item.first().waitFor();
    expect(await item.count()).toBe(1);
    await item.getByRole('button', { name: /Giữ giá trị này: giá trị \d \(Huế\)/ }).click();
    await pageC.getByTestId('conflicts-empty').waitFor();
    await pageC.close();

    await exchangeAll();
    for (const web of everyone) {
      expect(await api<Item[]>(web, 'conflicts.open')).toEqual([]);
      expect((await api<{ city: string }>(web, 'meetings.get', { id: meetingId })).city).toBe('Huế');
    }
  });
});
