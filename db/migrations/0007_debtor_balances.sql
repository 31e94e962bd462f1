-- What is open per invoice and per debtor, stored so the debtor list can sort and page by it from an
-- index instead of summing 100 000 invoices per request. Triggers keep it right in the same statement as
-- every write to invoice_lines, payment_allocations and invoices, whoever writes (the app, an import, a
-- script): an invoice's open amount is its lines less the principal allocated to it; a debtor's is the
-- sum over its invoices with something open, a credit note's unused credit (open below zero) taken off,
-- with the count and the oldest due date of the invoices open above zero.
UPDATE invoices SET open_cents =
  (SELECT COALESCE(SUM(l.amount_cents), 0) FROM invoice_lines l WHERE l.invoice_id = invoices.id)
  - (SELECT COALESCE(SUM(a.amount_cents), 0) FROM payment_allocations a WHERE a.invoice_id = invoices.id AND a.kind = 'principal');
--> statement-breakpoint
UPDATE debtors SET (open_cents, open_invoice_count, oldest_open_due) =
  (SELECT COALESCE(SUM(i.open_cents), 0), COUNT(CASE WHEN i.open_cents > 0 THEN 1 END), MIN(CASE WHEN i.open_cents > 0 THEN i.due_date END)
     FROM invoices i WHERE i.debtor_id = debtors.id AND i.open_cents != 0);
--> statement-breakpoint
CREATE TRIGGER invoice_lines_open_ai AFTER INSERT ON invoice_lines BEGIN
  UPDATE invoices SET open_cents = open_cents + NEW.amount_cents WHERE id = NEW.invoice_id;
END;
--> statement-breakpoint
CREATE TRIGGER invoice_lines_open_ad AFTER DELETE ON invoice_lines BEGIN
  UPDATE invoices SET open_cents = open_cents - OLD.amount_cents WHERE id = OLD.invoice_id;
END;
--> statement-breakpoint
CREATE TRIGGER invoice_lines_open_au AFTER UPDATE OF amount_cents, invoice_id ON invoice_lines BEGIN
  UPDATE invoices SET open_cents = open_cents - OLD.amount_cents WHERE id = OLD.invoice_id;
  UPDATE invoices SET open_cents = open_cents + NEW.amount_cents WHERE id = NEW.invoice_id;
END;
--> statement-breakpoint
CREATE TRIGGER payment_allocations_open_ai AFTER INSERT ON payment_allocations WHEN NEW.kind = 'principal' BEGIN
  UPDATE invoices SET open_cents = open_cents - NEW.amount_cents WHERE id = NEW.invoice_id;
END;
--> statement-breakpoint
CREATE TRIGGER payment_allocations_open_ad AFTER DELETE ON payment_allocations WHEN OLD.kind = 'principal' BEGIN
  UPDATE invoices SET open_cents = open_cents + OLD.amount_cents WHERE id = OLD.invoice_id;
END;
--> statement-breakpoint
CREATE TRIGGER payment_allocations_open_au AFTER UPDATE OF amount_cents, invoice_id, kind ON payment_allocations BEGIN
  UPDATE invoices SET open_cents = open_cents + OLD.amount_cents WHERE OLD.kind = 'principal' AND id = OLD.invoice_id;
  UPDATE invoices SET open_cents = open_cents - NEW.amount_cents WHERE NEW.kind = 'principal' AND id = NEW.invoice_id;
END;
--> statement-breakpoint
-- Open above zero before and after (or neither), same debtor and due date: only the sum moves.
CREATE TRIGGER invoices_balance_open_au AFTER UPDATE OF open_cents ON invoices
WHEN OLD.debtor_id = NEW.debtor_id AND OLD.due_date = NEW.due_date AND (OLD.open_cents > 0) = (NEW.open_cents > 0) BEGIN
  UPDATE debtors SET open_cents = open_cents + NEW.open_cents - OLD.open_cents WHERE id = NEW.debtor_id;
END;
--> statement-breakpoint
-- Opened, settled, moved to another due date or debtor: the debtor's figures are summed again (its own invoices only).
CREATE TRIGGER invoices_balance_au AFTER UPDATE OF open_cents, due_date, debtor_id ON invoices
WHEN (OLD.open_cents != 0 OR NEW.open_cents != 0)
  AND NOT (OLD.debtor_id = NEW.debtor_id AND OLD.due_date = NEW.due_date AND (OLD.open_cents > 0) = (NEW.open_cents > 0)) BEGIN
  UPDATE debtors SET (open_cents, open_invoice_count, oldest_open_due) =
    (SELECT COALESCE(SUM(i.open_cents), 0), COUNT(CASE WHEN i.open_cents > 0 THEN 1 END), MIN(CASE WHEN i.open_cents > 0 THEN i.due_date END)
     FROM invoices i WHERE i.debtor_id = debtors.id AND i.open_cents != 0)
  WHERE id IN (OLD.debtor_id, NEW.debtor_id);
END;
--> statement-breakpoint
CREATE TRIGGER invoices_balance_ai AFTER INSERT ON invoices WHEN NEW.open_cents != 0 BEGIN
  UPDATE debtors SET (open_cents, open_invoice_count, oldest_open_due) =
    (SELECT COALESCE(SUM(i.open_cents), 0), COUNT(CASE WHEN i.open_cents > 0 THEN 1 END), MIN(CASE WHEN i.open_cents > 0 THEN i.due_date END)
     FROM invoices i WHERE i.debtor_id = debtors.id AND i.open_cents != 0)
  WHERE id = NEW.debtor_id;
END;
--> statement-breakpoint
CREATE TRIGGER invoices_balance_ad AFTER DELETE ON invoices WHEN OLD.open_cents != 0 BEGIN
  UPDATE debtors SET (open_cents, open_invoice_count, oldest_open_due) =
    (SELECT COALESCE(SUM(i.open_cents), 0), COUNT(CASE WHEN i.open_cents > 0 THEN 1 END), MIN(CASE WHEN i.open_cents > 0 THEN i.due_date END)
     FROM invoices i WHERE i.debtor_id = debtors.id AND i.open_cents != 0)
  WHERE id = OLD.debtor_id;
END;
