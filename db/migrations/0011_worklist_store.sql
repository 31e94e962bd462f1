CREATE TABLE `worklist_debtors` (
	`debtor_id` integer PRIMARY KEY NOT NULL,
	`timed` integer NOT NULL,
	`next_letter` text
);
--> statement-breakpoint
CREATE TABLE `worklist_evaluation` (
	`id` integer PRIMARY KEY NOT NULL,
	`date` text NOT NULL,
	`settings_key` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `worklist_lines` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`debtor_id` integer NOT NULL,
	`entry` text NOT NULL,
	`priority` integer NOT NULL,
	`at_order` text NOT NULL,
	`amount_cents` integer NOT NULL,
	`name_key` text NOT NULL,
	`action_rank` integer NOT NULL,
	`data` text NOT NULL
);
--> statement-breakpoint
CREATE INDEX `worklist_lines_debtor_idx` ON `worklist_lines` (`debtor_id`);--> statement-breakpoint
CREATE INDEX `worklist_lines_order_idx` ON `worklist_lines` (`entry`,"priority" DESC,`at_order`,"amount_cents" DESC,`name_key`,`debtor_id`,`action_rank`);--> statement-breakpoint
CREATE TABLE `worklist_stale` (
	`debtor_id` integer PRIMARY KEY NOT NULL
);
--> statement-breakpoint
-- The debtors whose worklist facts change are marked stale in the same statement as the change, whoever
-- writes (the app, an import, another process on the file): the stored lines of a marked debtor are made
-- again, or evaluated live, before the worklist is read. One trigger per table and event the worklist
-- reads (db/worklist.repo.ts); a debtor already marked costs one look-up. Not INSERT OR IGNORE: inside a
-- trigger the conflict handling of the statement that fired it wins (an UPSERT's would fail the mark).
CREATE TRIGGER `debtors_worklist_ai` AFTER INSERT ON `debtors` BEGIN
  INSERT INTO `worklist_stale` (`debtor_id`) SELECT NEW.`id` WHERE NEW.`id` NOT IN (SELECT `debtor_id` FROM `worklist_stale`);
END;
--> statement-breakpoint
CREATE TRIGGER `debtors_worklist_ad` AFTER DELETE ON `debtors` BEGIN
  INSERT INTO `worklist_stale` (`debtor_id`) SELECT OLD.`id` WHERE OLD.`id` NOT IN (SELECT `debtor_id` FROM `worklist_stale`);
END;
--> statement-breakpoint
CREATE TRIGGER `debtors_worklist_au` AFTER UPDATE OF name, kind, delivery_stop, open_invoice_count ON `debtors` BEGIN
  INSERT INTO `worklist_stale` (`debtor_id`) SELECT NEW.`id` WHERE NEW.`id` NOT IN (SELECT `debtor_id` FROM `worklist_stale`);
  INSERT INTO `worklist_stale` (`debtor_id`) SELECT OLD.`id` WHERE OLD.`id` NOT IN (SELECT `debtor_id` FROM `worklist_stale`);
END;
--> statement-breakpoint
CREATE TRIGGER `invoices_worklist_ai` AFTER INSERT ON `invoices` BEGIN
  INSERT INTO `worklist_stale` (`debtor_id`) SELECT NEW.`debtor_id` WHERE NEW.`debtor_id` NOT IN (SELECT `debtor_id` FROM `worklist_stale`);
END;
--> statement-breakpoint
CREATE TRIGGER `invoices_worklist_ad` AFTER DELETE ON `invoices` BEGIN
  INSERT INTO `worklist_stale` (`debtor_id`) SELECT OLD.`debtor_id` WHERE OLD.`debtor_id` NOT IN (SELECT `debtor_id` FROM `worklist_stale`);
END;
--> statement-breakpoint
CREATE TRIGGER `invoices_worklist_au` AFTER UPDATE OF debtor_id, due_date, invoice_date, number, open_cents ON `invoices` BEGIN
  INSERT INTO `worklist_stale` (`debtor_id`) SELECT NEW.`debtor_id` WHERE NEW.`debtor_id` NOT IN (SELECT `debtor_id` FROM `worklist_stale`);
  INSERT INTO `worklist_stale` (`debtor_id`) SELECT OLD.`debtor_id` WHERE OLD.`debtor_id` NOT IN (SELECT `debtor_id` FROM `worklist_stale`);
END;
--> statement-breakpoint
CREATE TRIGGER `complaints_worklist_ai` AFTER INSERT ON `complaints` BEGIN
  INSERT INTO `worklist_stale` (`debtor_id`) SELECT NEW.`debtor_id` WHERE NEW.`debtor_id` NOT IN (SELECT `debtor_id` FROM `worklist_stale`);
END;
--> statement-breakpoint
CREATE TRIGGER `complaints_worklist_ad` AFTER DELETE ON `complaints` BEGIN
  INSERT INTO `worklist_stale` (`debtor_id`) SELECT OLD.`debtor_id` WHERE OLD.`debtor_id` NOT IN (SELECT `debtor_id` FROM `worklist_stale`);
END;
--> statement-breakpoint
CREATE TRIGGER `complaints_worklist_au` AFTER UPDATE ON `complaints` BEGIN
  INSERT INTO `worklist_stale` (`debtor_id`) SELECT NEW.`debtor_id` WHERE NEW.`debtor_id` NOT IN (SELECT `debtor_id` FROM `worklist_stale`);
  INSERT INTO `worklist_stale` (`debtor_id`) SELECT OLD.`debtor_id` WHERE OLD.`debtor_id` NOT IN (SELECT `debtor_id` FROM `worklist_stale`);
END;
--> statement-breakpoint
CREATE TRIGGER `payment_plans_worklist_ai` AFTER INSERT ON `payment_plans` BEGIN
  INSERT INTO `worklist_stale` (`debtor_id`) SELECT NEW.`debtor_id` WHERE NEW.`debtor_id` NOT IN (SELECT `debtor_id` FROM `worklist_stale`);
END;
--> statement-breakpoint
CREATE TRIGGER `payment_plans_worklist_ad` AFTER DELETE ON `payment_plans` BEGIN
  INSERT INTO `worklist_stale` (`debtor_id`) SELECT OLD.`debtor_id` WHERE OLD.`debtor_id` NOT IN (SELECT `debtor_id` FROM `worklist_stale`);
END;
--> statement-breakpoint
CREATE TRIGGER `payment_plans_worklist_au` AFTER UPDATE ON `payment_plans` BEGIN
  INSERT INTO `worklist_stale` (`debtor_id`) SELECT NEW.`debtor_id` WHERE NEW.`debtor_id` NOT IN (SELECT `debtor_id` FROM `worklist_stale`);
  INSERT INTO `worklist_stale` (`debtor_id`) SELECT OLD.`debtor_id` WHERE OLD.`debtor_id` NOT IN (SELECT `debtor_id` FROM `worklist_stale`);
END;
--> statement-breakpoint
CREATE TRIGGER `promises_worklist_ai` AFTER INSERT ON `promises` BEGIN
  INSERT INTO `worklist_stale` (`debtor_id`) SELECT NEW.`debtor_id` WHERE NEW.`debtor_id` NOT IN (SELECT `debtor_id` FROM `worklist_stale`);
END;
--> statement-breakpoint
CREATE TRIGGER `promises_worklist_ad` AFTER DELETE ON `promises` BEGIN
  INSERT INTO `worklist_stale` (`debtor_id`) SELECT OLD.`debtor_id` WHERE OLD.`debtor_id` NOT IN (SELECT `debtor_id` FROM `worklist_stale`);
END;
--> statement-breakpoint
CREATE TRIGGER `promises_worklist_au` AFTER UPDATE ON `promises` BEGIN
  INSERT INTO `worklist_stale` (`debtor_id`) SELECT NEW.`debtor_id` WHERE NEW.`debtor_id` NOT IN (SELECT `debtor_id` FROM `worklist_stale`);
  INSERT INTO `worklist_stale` (`debtor_id`) SELECT OLD.`debtor_id` WHERE OLD.`debtor_id` NOT IN (SELECT `debtor_id` FROM `worklist_stale`);
END;
--> statement-breakpoint
CREATE TRIGGER `payments_worklist_ai` AFTER INSERT ON `payments` BEGIN
  INSERT INTO `worklist_stale` (`debtor_id`) SELECT NEW.`debtor_id` WHERE NEW.`debtor_id` NOT IN (SELECT `debtor_id` FROM `worklist_stale`);
END;
--> statement-breakpoint
CREATE TRIGGER `payments_worklist_ad` AFTER DELETE ON `payments` BEGIN
  INSERT INTO `worklist_stale` (`debtor_id`) SELECT OLD.`debtor_id` WHERE OLD.`debtor_id` NOT IN (SELECT `debtor_id` FROM `worklist_stale`);
END;
--> statement-breakpoint
CREATE TRIGGER `payments_worklist_au` AFTER UPDATE OF debtor_id, received_on, amount_cents ON `payments` BEGIN
  INSERT INTO `worklist_stale` (`debtor_id`) SELECT NEW.`debtor_id` WHERE NEW.`debtor_id` NOT IN (SELECT `debtor_id` FROM `worklist_stale`);
  INSERT INTO `worklist_stale` (`debtor_id`) SELECT OLD.`debtor_id` WHERE OLD.`debtor_id` NOT IN (SELECT `debtor_id` FROM `worklist_stale`);
END;
--> statement-breakpoint
CREATE TRIGGER `tasks_worklist_ai` AFTER INSERT ON `tasks` WHEN NEW.type = 'call_back' BEGIN
  INSERT INTO `worklist_stale` (`debtor_id`) SELECT NEW.`debtor_id` WHERE NEW.`debtor_id` NOT IN (SELECT `debtor_id` FROM `worklist_stale`);
END;
--> statement-breakpoint
CREATE TRIGGER `tasks_worklist_ad` AFTER DELETE ON `tasks` WHEN OLD.type = 'call_back' BEGIN
  INSERT INTO `worklist_stale` (`debtor_id`) SELECT OLD.`debtor_id` WHERE OLD.`debtor_id` NOT IN (SELECT `debtor_id` FROM `worklist_stale`);
END;
--> statement-breakpoint
CREATE TRIGGER `tasks_worklist_au` AFTER UPDATE ON `tasks` WHEN (OLD.type = 'call_back' OR NEW.type = 'call_back') BEGIN
  INSERT INTO `worklist_stale` (`debtor_id`) SELECT NEW.`debtor_id` WHERE NEW.`debtor_id` NOT IN (SELECT `debtor_id` FROM `worklist_stale`);
  INSERT INTO `worklist_stale` (`debtor_id`) SELECT OLD.`debtor_id` WHERE OLD.`debtor_id` NOT IN (SELECT `debtor_id` FROM `worklist_stale`);
END;
--> statement-breakpoint
CREATE TRIGGER `calls_worklist_ai` AFTER INSERT ON `calls` WHEN NEW.kind = 'preventive' BEGIN
  INSERT INTO `worklist_stale` (`debtor_id`) SELECT NEW.`debtor_id` WHERE NEW.`debtor_id` NOT IN (SELECT `debtor_id` FROM `worklist_stale`);
END;
--> statement-breakpoint
CREATE TRIGGER `calls_worklist_ad` AFTER DELETE ON `calls` WHEN OLD.kind = 'preventive' BEGIN
  INSERT INTO `worklist_stale` (`debtor_id`) SELECT OLD.`debtor_id` WHERE OLD.`debtor_id` NOT IN (SELECT `debtor_id` FROM `worklist_stale`);
END;
--> statement-breakpoint
CREATE TRIGGER `calls_worklist_au` AFTER UPDATE OF debtor_id, kind, started_at ON `calls` WHEN (OLD.kind = 'preventive' OR NEW.kind = 'preventive') BEGIN
  INSERT INTO `worklist_stale` (`debtor_id`) SELECT NEW.`debtor_id` WHERE NEW.`debtor_id` NOT IN (SELECT `debtor_id` FROM `worklist_stale`);
  INSERT INTO `worklist_stale` (`debtor_id`) SELECT OLD.`debtor_id` WHERE OLD.`debtor_id` NOT IN (SELECT `debtor_id` FROM `worklist_stale`);
END;
--> statement-breakpoint
CREATE TRIGGER `worklist_snoozes_worklist_ai` AFTER INSERT ON `worklist_snoozes` BEGIN
  INSERT INTO `worklist_stale` (`debtor_id`) SELECT NEW.`debtor_id` WHERE NEW.`debtor_id` NOT IN (SELECT `debtor_id` FROM `worklist_stale`);
END;
--> statement-breakpoint
CREATE TRIGGER `worklist_snoozes_worklist_ad` AFTER DELETE ON `worklist_snoozes` BEGIN
  INSERT INTO `worklist_stale` (`debtor_id`) SELECT OLD.`debtor_id` WHERE OLD.`debtor_id` NOT IN (SELECT `debtor_id` FROM `worklist_stale`);
END;
--> statement-breakpoint
CREATE TRIGGER `worklist_snoozes_worklist_au` AFTER UPDATE ON `worklist_snoozes` BEGIN
  INSERT INTO `worklist_stale` (`debtor_id`) SELECT NEW.`debtor_id` WHERE NEW.`debtor_id` NOT IN (SELECT `debtor_id` FROM `worklist_stale`);
  INSERT INTO `worklist_stale` (`debtor_id`) SELECT OLD.`debtor_id` WHERE OLD.`debtor_id` NOT IN (SELECT `debtor_id` FROM `worklist_stale`);
END;
--> statement-breakpoint
CREATE TRIGGER `invoice_steps_worklist_ai` AFTER INSERT ON `invoice_steps` BEGIN
  INSERT INTO `worklist_stale` (`debtor_id`) SELECT p.`debtor_id` FROM `invoices` p WHERE p.`id` = NEW.`invoice_id` AND p.`debtor_id` NOT IN (SELECT `debtor_id` FROM `worklist_stale`);
END;
--> statement-breakpoint
CREATE TRIGGER `invoice_steps_worklist_ad` AFTER DELETE ON `invoice_steps` BEGIN
  INSERT INTO `worklist_stale` (`debtor_id`) SELECT p.`debtor_id` FROM `invoices` p WHERE p.`id` = OLD.`invoice_id` AND p.`debtor_id` NOT IN (SELECT `debtor_id` FROM `worklist_stale`);
END;
--> statement-breakpoint
CREATE TRIGGER `invoice_steps_worklist_au` AFTER UPDATE ON `invoice_steps` BEGIN
  INSERT INTO `worklist_stale` (`debtor_id`) SELECT p.`debtor_id` FROM `invoices` p WHERE p.`id` = NEW.`invoice_id` AND p.`debtor_id` NOT IN (SELECT `debtor_id` FROM `worklist_stale`);
  INSERT INTO `worklist_stale` (`debtor_id`) SELECT p.`debtor_id` FROM `invoices` p WHERE p.`id` = OLD.`invoice_id` AND p.`debtor_id` NOT IN (SELECT `debtor_id` FROM `worklist_stale`);
END;
--> statement-breakpoint
CREATE TRIGGER `complaint_invoices_worklist_ai` AFTER INSERT ON `complaint_invoices` BEGIN
  INSERT INTO `worklist_stale` (`debtor_id`) SELECT p.`debtor_id` FROM `invoices` p WHERE p.`id` = NEW.`invoice_id` AND p.`debtor_id` NOT IN (SELECT `debtor_id` FROM `worklist_stale`);
END;
--> statement-breakpoint
CREATE TRIGGER `complaint_invoices_worklist_ad` AFTER DELETE ON `complaint_invoices` BEGIN
  INSERT INTO `worklist_stale` (`debtor_id`) SELECT p.`debtor_id` FROM `invoices` p WHERE p.`id` = OLD.`invoice_id` AND p.`debtor_id` NOT IN (SELECT `debtor_id` FROM `worklist_stale`);
END;
--> statement-breakpoint
CREATE TRIGGER `complaint_invoices_worklist_au` AFTER UPDATE ON `complaint_invoices` BEGIN
  INSERT INTO `worklist_stale` (`debtor_id`) SELECT p.`debtor_id` FROM `invoices` p WHERE p.`id` = NEW.`invoice_id` AND p.`debtor_id` NOT IN (SELECT `debtor_id` FROM `worklist_stale`);
  INSERT INTO `worklist_stale` (`debtor_id`) SELECT p.`debtor_id` FROM `invoices` p WHERE p.`id` = OLD.`invoice_id` AND p.`debtor_id` NOT IN (SELECT `debtor_id` FROM `worklist_stale`);
END;
--> statement-breakpoint
CREATE TRIGGER `plan_invoices_worklist_ai` AFTER INSERT ON `plan_invoices` BEGIN
  INSERT INTO `worklist_stale` (`debtor_id`) SELECT p.`debtor_id` FROM `payment_plans` p WHERE p.`id` = NEW.`plan_id` AND p.`debtor_id` NOT IN (SELECT `debtor_id` FROM `worklist_stale`);
END;
--> statement-breakpoint
CREATE TRIGGER `plan_invoices_worklist_ad` AFTER DELETE ON `plan_invoices` BEGIN
  INSERT INTO `worklist_stale` (`debtor_id`) SELECT p.`debtor_id` FROM `payment_plans` p WHERE p.`id` = OLD.`plan_id` AND p.`debtor_id` NOT IN (SELECT `debtor_id` FROM `worklist_stale`);
END;
--> statement-breakpoint
CREATE TRIGGER `plan_invoices_worklist_au` AFTER UPDATE ON `plan_invoices` BEGIN
  INSERT INTO `worklist_stale` (`debtor_id`) SELECT p.`debtor_id` FROM `payment_plans` p WHERE p.`id` = NEW.`plan_id` AND p.`debtor_id` NOT IN (SELECT `debtor_id` FROM `worklist_stale`);
  INSERT INTO `worklist_stale` (`debtor_id`) SELECT p.`debtor_id` FROM `payment_plans` p WHERE p.`id` = OLD.`plan_id` AND p.`debtor_id` NOT IN (SELECT `debtor_id` FROM `worklist_stale`);
END;
--> statement-breakpoint
CREATE TRIGGER `plan_installments_worklist_ai` AFTER INSERT ON `plan_installments` BEGIN
  INSERT INTO `worklist_stale` (`debtor_id`) SELECT p.`debtor_id` FROM `payment_plans` p WHERE p.`id` = NEW.`plan_id` AND p.`debtor_id` NOT IN (SELECT `debtor_id` FROM `worklist_stale`);
END;
--> statement-breakpoint
CREATE TRIGGER `plan_installments_worklist_ad` AFTER DELETE ON `plan_installments` BEGIN
  INSERT INTO `worklist_stale` (`debtor_id`) SELECT p.`debtor_id` FROM `payment_plans` p WHERE p.`id` = OLD.`plan_id` AND p.`debtor_id` NOT IN (SELECT `debtor_id` FROM `worklist_stale`);
END;
--> statement-breakpoint
CREATE TRIGGER `plan_installments_worklist_au` AFTER UPDATE ON `plan_installments` BEGIN
  INSERT INTO `worklist_stale` (`debtor_id`) SELECT p.`debtor_id` FROM `payment_plans` p WHERE p.`id` = NEW.`plan_id` AND p.`debtor_id` NOT IN (SELECT `debtor_id` FROM `worklist_stale`);
  INSERT INTO `worklist_stale` (`debtor_id`) SELECT p.`debtor_id` FROM `payment_plans` p WHERE p.`id` = OLD.`plan_id` AND p.`debtor_id` NOT IN (SELECT `debtor_id` FROM `worklist_stale`);
END;
