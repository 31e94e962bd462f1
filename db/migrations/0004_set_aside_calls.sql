CREATE TABLE `set_aside_calls` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`debtor_id` integer NOT NULL,
	`machine_id` text NOT NULL,
	`machine_version` integer NOT NULL,
	`snapshot` text NOT NULL,
	`started_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`set_aside_at` text NOT NULL,
	FOREIGN KEY (`debtor_id`) REFERENCES `debtors`(`id`) ON UPDATE no action ON DELETE no action
);
