import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { QueryClientProvider } from '@tanstack/react-query';
import { App } from './app/App';
import { takeTokenFromLocation } from './api/client';
import { createQueryClient } from './state/query-client';
import { parseRoute } from './app/router';
import { askForDebtorListEarly } from './screens/use-debtor-pages';
import './styles.css';

takeTokenFromLocation();
const queryClient = createQueryClient();
// The app opens on the debtor list: ask for it now, beside the settings, not after them.
if (parseRoute(window.location.hash).name === 'debtors') askForDebtorListEarly(queryClient);
createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <QueryClientProvider client={queryClient}>
      <App />
    </QueryClientProvider>
  </StrictMode>,
);
