// IBANs as Belwijzer keeps and compares them: electronic format (no spaces, upper case), valid only.
import { electronicFormatIBAN, isValidIBAN } from 'ibantools';

/** 'nl91 abna 0417 1643 00' → 'NL91ABNA0417164300'; null when it is no valid IBAN. */
export function normalizeIban(value: string | null | undefined): string | null {
  if (!value) return null;
  const electronic = electronicFormatIBAN(value.trim()) ?? value.trim().toUpperCase();
  return isValidIBAN(electronic) ? electronic : null;
}
