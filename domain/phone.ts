// Phone numbers as a softphone dials them: a `tel:` address from what a collector typed
// ('0294-412345', '+31 (0)20 123 45 67', '0032 3 123 45 67'). Numbers are Dutch unless they say otherwise.

/** The `tel:` address of a typed number in international form, or null when it holds no dialable number. */
export function telHref(typed: string): string | null {
  let digits = typed.replace(/\(0\)/g, '').replace(/[\s\-./()]/g, '');
  if (!/^\+?\d+$/.test(digits)) return null;
  if (digits.startsWith('00')) digits = `+${digits.slice(2)}`;
  else if (digits.startsWith('0')) digits = `+31${digits.slice(1)}`;
  else if (!digits.startsWith('+')) return null;
  return /^\+\d{6,15}$/.test(digits) ? `tel:${digits}` : null;
}
