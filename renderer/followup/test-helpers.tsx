// For the follow-up component tests: `call` answered per channel, and the screens rendered in Dutch or
// English. Each test file mocks the client itself (vi.mock is hoisted above imports):
//   vi.mock('../api/client', async (original) => ({ ...(await original<object>()), call: vi.fn() }));
import type { ReactNode } from 'react';
import { render } from '@testing-library/react';
import type { Mock } from 'vitest';
import { ApiError, call } from '../api/client';
import { I18nProvider, type Language } from '../i18n';
import type { ChannelInput, ChannelName, ChannelOutput } from '../../ipc/contract';
import type { MessageParams } from '../../domain/message';

export type Answers = { [C in ChannelName]?: (input: ChannelInput<C>) => ChannelOutput<C> | Promise<ChannelOutput<C>> };

/** Answers `call` from `answers`; a channel not listed fails the test loudly. */
export function answer(answers: Answers): Mock {
  const mocked = call as unknown as Mock;
  mocked.mockReset(); // each test counts its own calls
  mocked.mockImplementation(async (channel: ChannelName, input: unknown) => {
    const handler = answers[channel] as ((input: unknown) => unknown) | undefined;
    if (!handler) throw new Error(`onverwacht kanaal in de test: ${channel}`);
    return handler(input);
  });
  return mocked;
}

/** What the handler sends back when it refuses a change. */
export const refusal = (key: string, params?: MessageParams) => new ApiError({ code: 'not_allowed', message: params ? { key, params } : { key } });

export function renderIn(ui: ReactNode, language: Language = 'nl') {
  return render(<I18nProvider language={language}>{ui}</I18nProvider>);
}

/** The calls made on `channel`, by their input. */
export function callsTo(mocked: Mock, channel: ChannelName): unknown[] {
  return mocked.mock.calls.filter(([c]) => c === channel).map(([, input]) => input);
}
