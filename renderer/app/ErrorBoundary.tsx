// A screen that fails while rendering shows what happened and a way on, inside the shell: the menu, the
// shortcuts and everything saved stay (issue 14 point 3: no screen error blanks the app).
import { Component, type ErrorInfo, type ReactNode } from 'react';
import { useT } from '../i18n';

interface Props {
  children: ReactNode;
  /** More to offer under the message (e.g. starting the call over); `reset` renders the children again. */
  fallback?: (reset: () => void) => ReactNode;
}

export class ErrorBoundary extends Component<Props, { error: Error | null }> {
  override state = { error: null as Error | null };

  static getDerivedStateFromError(error: unknown) {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  override componentDidCatch(error: unknown, info: ErrorInfo) {
    console.error('[belwijzer] een scherm liep vast', error, info.componentStack);
  }

  reset = () => this.setState({ error: null });

  override render() {
    if (!this.state.error) return this.props.children;
    return (
      <ScreenFailed error={this.state.error} onRetry={this.reset}>
        {this.props.fallback?.(this.reset)}
      </ScreenFailed>
    );
  }
}

function ScreenFailed({ error, onRetry, children }: { error: Error; onRetry: () => void; children: ReactNode }) {
  const t = useT();
  return (
    <section className="screen-failed" aria-labelledby="screen-failed-title">
      <h1 id="screen-failed-title">{t('app.screenFailed.title')}</h1>
      <p role="alert">{t('app.screenFailed.text', { reason: error.message })}</p>
      {children}
      <div className="actions">
        <button type="button" onClick={onRetry}>{t('app.screenFailed.retry')}</button>
        <a href="#/today">{t('app.screenFailed.today')}</a>
      </div>
    </section>
  );
}
