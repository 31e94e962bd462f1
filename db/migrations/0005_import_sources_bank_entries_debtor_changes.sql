CREATE TABLE `bank_entries` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`entry_id` text NOT NULL,
	`content_key` text NOT NULL,
	`import_run_id` integer NOT NULL,
	`account_iban` text,
	`booking_date` text NOT NULL,
	`amount_cents` integer NOT NULL,
	`direction` text NOT NULL,
	`reversal` integer DEFAULT false NOT NULL,
	`return_reason` text,
	`counterparty_name` text,
	`counterparty_iban` text,
	`structured_reference` text,
	`unstructured` text DEFAULT '' NOT NULL,
	`end_to_end_id` text,
	`outcome` text NOT NULL,
	`method` text,
	`debtor_id` integer,
	`payment_id` integer,
	`installments` text DEFAULT '[]' NOT NULL,
	`undoes_entry_id` text,
	`undone_by_entry_id` text,
	`reason` text,
	`detail` text,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	FOREIGN KEY (`import_run_id`) REFERENCES `import_runs`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`debtor_id`) REFERENCES `debtors`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`payment_id`) REFERENCES `payments`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `bank_entries_entry_uq` ON `bank_entries` (`entry_id`);--> statement-breakpoint
CREATE INDEX `bank_entries_content_idx` ON `bank_entries` (`content_key`);--> statement-breakpoint
CREATE INDEX `bank_entries_outcome_idx` ON `bank_entries` (`outcome`,`booking_date`);--> statement-breakpoint
CREATE INDEX `bank_entries_debtor_idx` ON `bank_entries` (`debtor_id`);--> statement-breakpoint
CREATE TABLE `debtor_changes` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`debtor_id` integer NOT NULL,
	`changed_on` text NOT NULL,
	`changes` text NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	FOREIGN KEY (`debtor_id`) REFERENCES `debtors`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `debtor_changes_debtor_idx` ON `debtor_changes` (`debtor_id`);--> statement-breakpoint
CREATE TABLE `import_runs` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`kind` text NOT NULL,
	`source_id` integer,
	`file_name` text NOT NULL,
	`file_sha256` text NOT NULL,
	`imported_on` text NOT NULL,
	`counts` text NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	FOREIGN KEY (`source_id`) REFERENCES `import_sources`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `import_sources` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`name` text NOT NULL,
	`preset_id` text NOT NULL,
	`mapping` text NOT NULL,
	`last_imported_at` text,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `import_sources_name_uq` ON `import_sources` (`name`);--> statement-breakpoint
ALTER TABLE `invoices` ADD `payment_reference` text;--> statement-breakpoint
ALTER TABLE `invoices` ADD `import_source_id` integer REFERENCES import_sources(id);--> statement-breakpoint
CREATE INDEX `invoices_source_idx` ON `invoices` (`import_source_id`);