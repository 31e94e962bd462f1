CREATE TABLE `plan_invoices` (
	`plan_id` integer NOT NULL,
	`invoice_id` integer NOT NULL,
	PRIMARY KEY(`plan_id`, `invoice_id`),
	FOREIGN KEY (`plan_id`) REFERENCES `payment_plans`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`invoice_id`) REFERENCES `invoices`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `plan_invoices_invoice_idx` ON `plan_invoices` (`invoice_id`);--> statement-breakpoint
-- Data: a plan agreed before plans named their invoices covered the debtor's open invoices issued by the
-- day it was agreed (as the schedule paused them) that were not under a complaint on that day. Which were
-- open then is not kept, so the invoices still open now stand for them.
INSERT INTO `plan_invoices` (`plan_id`, `invoice_id`)
SELECT p.`id`, i.`id`
FROM `payment_plans` p
JOIN `invoices` i ON i.`debtor_id` = p.`debtor_id` AND i.`open_cents` > 0 AND i.`invoice_date` <= p.`agreed_on`
WHERE NOT EXISTS (
  SELECT 1 FROM `complaint_invoices` ci JOIN `complaints` c ON c.`id` = ci.`complaint_id`
  WHERE ci.`invoice_id` = i.`id` AND c.`opened_on` <= p.`agreed_on`
    AND (c.`status` <> 'opgelost' OR c.`resolved_on` > p.`agreed_on`)
);
