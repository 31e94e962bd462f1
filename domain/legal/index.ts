// The legal engine: pure Dutch collection law in cents and calendar dates.
export { bikVatDeclaration, collectionCosts, GENERAL_VAT_RATE_BASIS_POINTS, MAXIMUM_COSTS_CENTS, MINIMUM_COSTS_CENTS, NO_VAT } from './collection-costs';
export type { CollectionCosts, CollectionCostsOptions, CostSlice } from './collection-costs';
export { AddedRateRow, carriedFrom, interestKindFor, rateChangesBetween, rateOn, RateRow, RateStatus, rateTable, STATUTORY_RATES } from './interest-rates';
export type { DebtorKind, InterestKind, RateFigure, RateInForce, RateTable } from './interest-rates';
export { addYears, statutoryInterest } from './interest';
export type { Capitalisation, DayCount, InterestInput, InterestPeriod, InterestResult } from './interest';
export { assumedDelivery, DEFAULT_DELIVERY, earliestHandOver, fourteenDayTerm, mayChargeCosts } from './fourteen-day-letter';
export type { DeliveryAssumption, FourteenDayTerm } from './fourteen-day-letter';
export { allocatePayment, isClaimedBefore, PaymentRefused } from './allocation';
export type { Allocation, ClaimedPart, ClaimParts, InvoiceId, OpenInvoice, PaymentReceived, PaymentRefusal } from './allocation';
export { consumerDefaultAfter } from './consumer-default';
export type { NoticeOfDefault } from './consumer-default';
export { stateClaim } from './claim';
export type { Claim, ClaimInput, ClaimInvoice, ClaimLine } from './claim';
export { mulDivHalfUp } from './rounding';
