PRAGMA foreign_keys=OFF;--> statement-breakpoint
CREATE TABLE `__new_calls` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`debtor_id` integer NOT NULL,
	`kind` text DEFAULT 'collection' NOT NULL,
	`collector` text DEFAULT '' NOT NULL,
	`tone` text NOT NULL,
	`started_at` text NOT NULL,
	`ended_at` text NOT NULL,
	`duration_seconds` integer NOT NULL,
	`result` text NOT NULL,
	`summary` text NOT NULL,
	`notes` text DEFAULT '' NOT NULL,
	`machine_version` integer NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	FOREIGN KEY (`debtor_id`) REFERENCES `debtors`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
INSERT INTO `__new_calls`("id", "debtor_id", "kind", "collector", "tone", "started_at", "ended_at", "duration_seconds", "result", "summary", "notes", "machine_version", "created_at") SELECT "id", "debtor_id", "kind", "collector", "tone", "started_at", "ended_at", "duration_seconds", "result", "summary", "notes", "machine_version", "created_at" FROM `calls`;--> statement-breakpoint
DROP TABLE `calls`;--> statement-breakpoint
ALTER TABLE `__new_calls` RENAME TO `calls`;--> statement-breakpoint
PRAGMA foreign_keys=ON;--> statement-breakpoint
CREATE INDEX `calls_debtor_idx` ON `calls` (`debtor_id`);--> statement-breakpoint
-- Data: call summaries were Dutch lines joined by newlines; each line becomes a message 'recap.legacy'
-- that keeps the recorded text ('' becomes []). Written before messages existed, they stay Dutch.
UPDATE `calls` SET `summary` = (
  WITH RECURSIVE `lines`(`seq`, `line`, `rest`) AS (
    SELECT 0, NULL, `calls`.`summary` || char(10)
    UNION ALL
    SELECT `seq` + 1, substr(`rest`, 1, instr(`rest`, char(10)) - 1), substr(`rest`, instr(`rest`, char(10)) + 1) FROM `lines` WHERE `rest` <> ''
  )
  SELECT json_group_array(json_object('key', 'recap.legacy', 'params', json_object('text', trim(`line`))) ORDER BY `seq`)
  FROM `lines` WHERE trim(coalesce(`line`, '')) <> ''
);--> statement-breakpoint
-- Data: task titles were Dutch text. A broken promise's title is rebuilt from its promise (date and
-- amount, so English shows English formats); titles that said nothing beyond a fixed sentence get that
-- sentence's key; every other title is kept verbatim as the parameter of 'task.legacy.<type>'.
UPDATE `tasks` SET `title` = CASE
  WHEN `type` = 'call_back' AND `title` LIKE 'Betaalbelofte van % niet nagekomen'
    AND EXISTS (SELECT 1 FROM `promises` `p` WHERE `p`.`id` = `tasks`.`promise_id`)
    THEN (SELECT json_object('key', 'task.promise_broken', 'params', json_object(
            'date', json_object('date', `p`.`promised_date`), 'amount', json_object('cents', `p`.`amount_cents`)))
          FROM `promises` `p` WHERE `p`.`id` = `tasks`.`promise_id`)
  WHEN `title` = 'Bevestigingsbrief sturen met de gemaakte afspraken' THEN json_object('key', 'task.send_confirmation_letter')
  WHEN `title` = 'Ingebrekestelling sturen: betalingsregeling niet nagekomen' THEN json_object('key', 'task.plan_defaulted')
  WHEN `title` = 'Vordering uit handen geven als er niet is betaald' THEN json_object('key', 'task.hand_over.unpaid_after_notice')
  WHEN `title` = 'Terugbellen: klant had geen tijd' THEN json_object('key', 'task.call_back.no_time')
  WHEN `title` = 'Terugbellen over de betaling' THEN json_object('key', 'task.call_back.payment')
  WHEN `title` = 'Terugbellen: het systeem van de klant werkte niet' THEN json_object('key', 'task.call_back.system_down')
  ELSE json_object('key', 'task.legacy.' || `type`, 'params', json_object('text', `title`))
END;
