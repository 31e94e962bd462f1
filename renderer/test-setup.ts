import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';

// findBy…/waitFor wait for what the user would see; on a loaded 2-core machine that can take longer
// than Testing Library's default second (an answer, a refetch, a render), without anything being wrong.
configure({ asyncUtilTimeout: 10_000 });

afterEach(() => cleanup());
