// A prepared call for the call screen's component tests: Leeflang & Zn with the seed's three invoices,
// an earlier complaint, a broken promise and a reminder. Override what a test needs.
import type { CallPreparation } from '../../ipc/channels/calls';
import { DEFAULT_OFFICE_DAYS } from '../../domain/calendar/office-days';

const invoice = (id: number, number: string, openCents: number) => ({
  id, number, invoiceDate: '2026-10-26', dueDate: '2026-11-09', description: '', amountCents: openCents, openCents, daysOverdue: 14, onHold: false, complaintId: null,
});
const invoices = [invoice(1, '123', 17849), invoice(2, '456', 289824), invoice(3, '789', 5849)];

type Debtor = CallPreparation['file']['debtor'];

export function callPrep(overrides: Partial<Omit<CallPreparation, 'file'>> & { debtor?: Partial<Debtor> } = {}): CallPreparation {
  const { debtor, ...rest } = overrides;
  return {
    file: {
      debtor: {
        id: 7, number: '10023', name: 'Leeflang & Zn', kind: 'business', salutation: null, addressLine: 'Dorpsstraat 123', postcode: '4567 AB', city: 'Weesp', contactTitle: null,
        phone: '0294-412345', email: null, contactName: 'mevrouw J. de Boer', contactRole: 'crediteurenadministratie', contactPhone: '0294-412350', contactEmail: null,
        mayOfferPlan: true, maxPlanTerms: 4, tone: null, deliveryStop: false, deliveryStopOn: null, escalation: null, escalationReason: null, notes: '',
        ...debtor,
      },
      openInvoices: invoices,
      totalOpenCents: 313522,
      claimParts: null,
    },
    callInvoices: invoices,
    collector: 'Sanne de Vries',
    companyName: 'Shoepro BV',
    tone: 'zakelijk',
    mayOfferPlan: true,
    maxPlanTerms: 4,
    language: 'nl',
    complaints: [{ id: 3, description: 'Verkeerde maat geleverd', status: 'opgelost', invoiceIds: [1], invoiceNumbers: ['123'], openedOn: '2026-10-30', resolution: 'Omgeruild' }],
    promises: [{ id: 4, promisedDate: '2026-11-01', amountCents: 17849, status: 'broken', madeOn: '2026-10-25' }],
    plans: [],
    callBacks: [],
    reminders: [{ id: 9, type: 'reminder1', letterDate: '2026-11-10', totalCents: 313522 }],
    ingebrekestellingSent: false,
    officeDays: DEFAULT_OFFICE_DAYS,
    addedEquatedDays: [],
    today: '2026-11-23',
    active: null,
    ...rest,
  };
}
