CREATE TABLE `claim_parts` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`debtor_id` integer NOT NULL,
	`invoice_id` integer,
	`kind` text NOT NULL,
	`amount_cents` integer NOT NULL,
	`through` text NOT NULL,
	`base_cents` integer,
	`letter_id` integer,
	`payment_id` integer,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	FOREIGN KEY (`debtor_id`) REFERENCES `debtors`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`invoice_id`) REFERENCES `invoices`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`letter_id`) REFERENCES `letters`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`payment_id`) REFERENCES `payments`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `claim_parts_debtor_idx` ON `claim_parts` (`debtor_id`);--> statement-breakpoint
CREATE INDEX `claim_parts_invoice_idx` ON `claim_parts` (`invoice_id`);--> statement-breakpoint
-- Data: the collection costs an existing ledger's letters claimed become the costs part, as the latest
-- letter that charged them stated them (payments went to principal only until now, so none was paid on
-- them). The interest claimed so far is not booked: the next letter computes it from the due dates, as before.
INSERT INTO `claim_parts` (`debtor_id`, `invoice_id`, `kind`, `amount_cents`, `through`, `base_cents`, `letter_id`)
SELECT `l`.`debtor_id`, NULL, 'costs', `l`.`costs_cents`, `l`.`letter_date`, `l`.`principal_cents`, `l`.`id`
FROM `letters` `l`
WHERE `l`.`costs_cents` > 0
  AND `l`.`id` = (SELECT `m`.`id` FROM `letters` `m` WHERE `m`.`debtor_id` = `l`.`debtor_id` AND `m`.`costs_cents` > 0 ORDER BY `m`.`letter_date` DESC, `m`.`id` DESC LIMIT 1);
