-- A ledger kept before the dunning ledger existed: each call gets its outcome code, read from what it
-- recorded by the rules of domain/call-outcome-code.ts (the most binding result first), and the steps
-- already taken are recorded per invoice, so the schedule does not ask them again.
UPDATE `calls` SET `outcome_code` = CASE
  WHEN `result` IN ('no_answer', 'voicemail', 'wrong_number', 'not_reached') THEN `result`
  WHEN EXISTS (SELECT 1 FROM `payment_plans` p WHERE p.`call_id` = `calls`.`id`) THEN 'plan'
  WHEN EXISTS (SELECT 1 FROM `promises` p WHERE p.`call_id` = `calls`.`id`) THEN 'promise'
  WHEN `result` = 'complaint' OR EXISTS (SELECT 1 FROM `complaints` c WHERE c.`call_id` = `calls`.`id`) THEN 'dispute_raised'
  WHEN EXISTS (SELECT 1 FROM `call_steps` s WHERE s.`call_id` = `calls`.`id`
    AND (s.`step` IN ('alreadyPaid', 'bankError') OR (json_valid(s.`data`) AND json_extract(s.`data`, '$.excuse') IN ('already_paid', 'bank_error')))) THEN 'paid_already'
  WHEN `result` = 'call_back' OR EXISTS (SELECT 1 FROM `tasks` t WHERE t.`call_id` = `calls`.`id` AND t.`type` = 'call_back' AND t.`promise_id` IS NULL) THEN 'call_back_agreed'
  WHEN `result` IN ('agreement', 'preventive_confirmed') THEN 'reached_agreement'
  ELSE 'reached_no_agreement'
END;
--> statement-breakpoint
-- Every reminder letter, for each invoice it named; an ingebrekestelling's term is its pay-by date.
INSERT INTO `invoice_steps` (`invoice_id`, `action`, `done_on`, `term_ends_on`, `letter_id`, `created_at`)
SELECT li.`invoice_id`, l.`type`, l.`letter_date`,
  CASE WHEN l.`type` = 'reminder3' AND json_valid(l.`content`) THEN COALESCE(json_extract(l.`content`, '$.payBy'), l.`term_ends_on`) ELSE l.`term_ends_on` END,
  l.`id`, l.`created_at`
FROM `letters` l JOIN `letter_invoices` li ON li.`letter_id` = l.`id`
WHERE l.`type` IN ('reminder1', 'reminder2', 'consumer14', 'reminder3')
ORDER BY l.`id`, li.`invoice_id`;
--> statement-breakpoint
-- Every collection call, for each invoice of its debtor that was past due on the call's day in Amsterdam
-- (UTC+2 from the last Sunday of March 01:00 UTC to the last Sunday of October 01:00 UTC, else UTC+1).
INSERT INTO `invoice_steps` (`invoice_id`, `action`, `done_on`, `reached`, `call_id`, `created_at`)
SELECT i.`id`, 'call', c.`day`, c.`outcome_code` NOT IN ('no_answer', 'voicemail', 'wrong_number', 'not_reached'), c.`id`, c.`created_at`
FROM (
  SELECT `id`, `debtor_id`, `outcome_code`, `created_at`, date(`started_at`, CASE
    WHEN `started_at` >= strftime('%Y-%m-%dT01:00:00', date(substr(`started_at`, 1, 4) || '-04-01', 'weekday 0', '-7 days'))
     AND `started_at` < strftime('%Y-%m-%dT01:00:00', date(substr(`started_at`, 1, 4) || '-11-01', 'weekday 0', '-7 days')) THEN '+2 hours'
    ELSE '+1 hours' END) AS `day`
  FROM `calls` WHERE `kind` = 'collection'
) c JOIN `invoices` i ON i.`debtor_id` = c.`debtor_id` AND i.`due_date` < c.`day`
ORDER BY c.`id`, i.`id`;
--> statement-breakpoint
-- A delivery stop set before the ledger knew when: dated the day of this update (the real day is unknown)
-- and recorded on the debtor's invoices past due, so the worklist does not ask to set it again.
UPDATE `debtors` SET `delivery_stop_on` = date('now') WHERE `delivery_stop` = 1;
--> statement-breakpoint
INSERT INTO `invoice_steps` (`invoice_id`, `action`, `done_on`)
SELECT i.`id`, 'delivery_stop', d.`delivery_stop_on`
FROM `debtors` d JOIN `invoices` i ON i.`debtor_id` = d.`id` AND i.`due_date` < d.`delivery_stop_on`
WHERE d.`delivery_stop` = 1
ORDER BY i.`id`;
