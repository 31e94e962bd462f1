import { useEffect, useLayoutEffect, useRef } from 'react';

export type HotkeyMap = Record<string, (event: KeyboardEvent) => void>;

/** 'alt+g', 'escape', '/', 'arrowdown'… Keys typed into a field are left alone unless they use Alt or are Escape. */
export function keyName(e: KeyboardEvent): string {
  const parts: string[] = [];
  if (e.ctrlKey) parts.push('ctrl');
  if (e.altKey) parts.push('alt');
  if (e.shiftKey && e.key.length > 1) parts.push('shift');
  // With Alt, macOS turns letters into symbols: read the physical key instead.
  const key = e.altKey && /^Key[A-Z]$/.test(e.code) ? e.code.slice(3).toLowerCase() : e.altKey && /^Digit\d$/.test(e.code) ? e.code.slice(5) : e.key.toLowerCase();
  parts.push(key);
  return parts.join('+');
}

export function isTyping(target: EventTarget | null): boolean {
  const el = target as HTMLElement | null;
  if (!el || !el.tagName) return false;
  return el.tagName === 'INPUT' || el.tagName === 'TEXTAREA' || el.tagName === 'SELECT' || el.isContentEditable;
}

export function useHotkeys(map: HotkeyMap, enabled = true): void {
  // The listener reads the latest map; it is updated after each commit, not during render.
  const ref = useRef(map);
  useLayoutEffect(() => {
    ref.current = map;
  });
  useEffect(() => {
    if (!enabled) return;
    const onKey = (e: KeyboardEvent) => {
      const name = keyName(e);
      const handler = ref.current[name];
      if (!handler) return;
      if (isTyping(e.target) && !e.altKey && !e.ctrlKey && name !== 'escape') return;
      e.preventDefault();
      handler(e);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [enabled]);
}
