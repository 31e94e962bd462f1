import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import { ApiError, askAhead, call } from './client';

/** The preview's HTTP endpoint as the client sees it: each request counted, answered by channel. */
const answers: Record<string, () => unknown> = {};
const asked: string[] = [];
beforeEach(() => {
  asked.length = 0;
  vi.stubGlobal('fetch', async (url: string) => {
    const channel = decodeURIComponent(url.replace('./api/', ''));
    asked.push(channel);
    return { json: async () => answers[channel]!() };
  });
});
afterEach(() => vi.unstubAllGlobals());

it('a request sent at start is answered once: the first call takes its answer, a later one asks again', async () => {
  answers['settings:get'] = () => ({ ok: true, data: { language: 'nl' } });
  askAhead('settings:get', {});
  expect(asked).toEqual(['settings:get']);
  await expect(call('settings:get', {})).resolves.toEqual({ language: 'nl' });
  expect(asked).toEqual(['settings:get']);
  await call('settings:get', {});
  expect(asked).toEqual(['settings:get', 'settings:get']);
});

it('takes the early answer whatever order the input was written in, and not for another input', async () => {
  answers['debtors:list'] = () => ({ ok: true, data: { rows: [] } });
  askAhead('debtors:list', { search: '', sort: 'overdue', direction: 'asc', after: null });
  await call('debtors:list', { after: null, direction: 'asc', sort: 'overdue', search: '' });
  expect(asked).toEqual(['debtors:list']);
  askAhead('debtors:list', { search: '', sort: 'overdue', direction: 'asc', after: null });
  await call('debtors:list', { search: 'Jansen', sort: 'overdue', direction: 'asc', after: null });
  expect(asked).toEqual(['debtors:list', 'debtors:list', 'debtors:list']);
});

it('a refusal asked for at start reaches the one who takes it', async () => {
  answers['app:info'] = () => ({ ok: false, error: { code: 'internal', message: { key: 'errors.connection' } } });
  askAhead('app:info', {});
  await expect(call('app:info', {})).rejects.toBeInstanceOf(ApiError);
});
