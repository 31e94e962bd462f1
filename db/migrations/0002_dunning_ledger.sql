CREATE TABLE `invoice_steps` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`invoice_id` integer NOT NULL,
	`action` text NOT NULL,
	`done_on` text NOT NULL,
	`reached` integer DEFAULT true NOT NULL,
	`skipped` integer DEFAULT false NOT NULL,
	`term_ends_on` text,
	`letter_id` integer,
	`call_id` integer,
	`lifted_on` text,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	FOREIGN KEY (`invoice_id`) REFERENCES `invoices`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`letter_id`) REFERENCES `letters`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`call_id`) REFERENCES `calls`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `invoice_steps_invoice_idx` ON `invoice_steps` (`invoice_id`,`done_on`);--> statement-breakpoint
CREATE INDEX `invoice_steps_letter_idx` ON `invoice_steps` (`letter_id`);--> statement-breakpoint
CREATE INDEX `invoice_steps_call_idx` ON `invoice_steps` (`call_id`);--> statement-breakpoint
CREATE TABLE `worklist_snoozes` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`debtor_id` integer NOT NULL,
	`line_key` text NOT NULL,
	`until` text NOT NULL,
	`reason` text NOT NULL,
	`snoozed_on` text NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	FOREIGN KEY (`debtor_id`) REFERENCES `debtors`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `worklist_snoozes_key_uq` ON `worklist_snoozes` (`line_key`);--> statement-breakpoint
CREATE INDEX `worklist_snoozes_debtor_idx` ON `worklist_snoozes` (`debtor_id`);--> statement-breakpoint
ALTER TABLE `calls` ADD `outcome_code` text;--> statement-breakpoint
ALTER TABLE `debtors` ADD `delivery_stop_on` text;--> statement-breakpoint
ALTER TABLE `tasks` ADD `closed_by` text;