// "De ontvangsten tot en met … zijn hierin verwerkt": the day a letter names must cover every payment its
// amounts include. A letter dated D that includes a payment received on D may not say "tot en met D − 1".
import { addDays, compareDates, type IsoDate } from '../dates';

/**
 * The day through which a letter dated `letterDate` says receipts are included: the day before the letter
 * (that day's bank statement is the last one in), or the letter's own day when a receipt of that day is
 * included. `latestReceiptOn`: the latest day among the payments in the amounts (null: none); undefined
 * when the caller cannot say, so any receipt up to the letter date may be in and the letter names its date.
 */
export function receiptsIncludedThrough(letterDate: IsoDate, latestReceiptOn: IsoDate | null | undefined): IsoDate {
  if (latestReceiptOn === undefined) return letterDate;
  if (latestReceiptOn !== null && compareDates(latestReceiptOn, letterDate) > 0)
    throw new RangeError(`Een brief van ${letterDate} kan geen betaling van ${latestReceiptOn} bevatten`);
  return latestReceiptOn === letterDate ? letterDate : addDays(letterDate, -1);
}
