// For the component tests: `call` answered per channel, and the screens rendered in Dutch or English
// with a query cache of their own. Each test file mocks the client itself (vi.mock is hoisted above imports):
//   vi.mock('../api/client', async (original) => ({ ...(await original<object>()), call: vi.fn() }));
import type { ReactNode } from 'react';
import { render } from '@testing-library/react';
import { QueryClientProvider } from '@tanstack/react-query';
import type { Mock } from 'vitest';
import { ApiError, call } from '../api/client';
import { I18nProvider, type Language } from '../i18n';
import { createQueryClient } from '../state/query-client';
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

/** In the UI language, with a query cache of its own (as the app has one), so no test sees another's answers. */
export function renderIn(ui: ReactNode, language: Language = 'nl') {
  return render(
    <QueryClientProvider client={createQueryClient()}>
      <I18nProvider language={language}>{ui}</I18nProvider>
    </QueryClientProvider>,
  );
}

/** The whole app (App provides the UI language from the settings), with a query cache of its own. */
export function renderApp(ui: ReactNode) {
  return render(<QueryClientProvider client={createQueryClient()}>{ui}</QueryClientProvider>);
}

/** The calls made on `channel`, by their input. */
export function callsTo(mocked: Mock, channel: ChannelName): unknown[] {
  return mocked.mock.calls.filter(([c]) => c === channel).map(([, input]) => input);
}
