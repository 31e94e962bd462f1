DROP INDEX `calls_debtor_idx`;--> statement-breakpoint
CREATE INDEX `calls_debtor_idx` ON `calls` (`debtor_id`,`started_at`);--> statement-breakpoint
DROP INDEX `tasks_debtor_idx`;--> statement-breakpoint
CREATE INDEX `tasks_promise_idx` ON `tasks` (`promise_id`);--> statement-breakpoint
CREATE INDEX `tasks_complaint_idx` ON `tasks` (`complaint_id`);--> statement-breakpoint
CREATE INDEX `tasks_plan_idx` ON `tasks` (`plan_id`);--> statement-breakpoint
CREATE INDEX `tasks_debtor_idx` ON `tasks` (`debtor_id`,`status`,`due_date`);--> statement-breakpoint
ALTER TABLE `debtors` ADD `open_cents` integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE `debtors` ADD `open_invoice_count` integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE `debtors` ADD `oldest_open_due` text;--> statement-breakpoint
CREATE INDEX `debtors_overdue_idx` ON `debtors` (("oldest_open_due" IS NULL),`oldest_open_due`,`name`,`id`);--> statement-breakpoint
ALTER TABLE `invoices` ADD `open_cents` integer DEFAULT 0 NOT NULL;--> statement-breakpoint
CREATE INDEX `complaint_invoices_invoice_idx` ON `complaint_invoices` (`invoice_id`);