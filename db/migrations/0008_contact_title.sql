ALTER TABLE `debtors` ADD `contact_title` text;--> statement-breakpoint
-- Data: the title was written into the contact's name ("de heer H. Koster", "Mevr. J. de Boer"); it moves
-- to contact_title and the name keeps the rest. LIKE is case-insensitive for these ASCII prefixes.
UPDATE `debtors` SET
  `contact_title` = CASE
    WHEN `contact_name` LIKE 'de heer %' OR `contact_name` LIKE 'heer %' OR `contact_name` LIKE 'dhr.%' OR `contact_name` LIKE 'dhr %' THEN 'heer'
    ELSE 'mevrouw'
  END,
  `contact_name` = trim(CASE
    WHEN `contact_name` LIKE 'de heer %' THEN substr(`contact_name`, 9)
    WHEN `contact_name` LIKE 'heer %' THEN substr(`contact_name`, 6)
    WHEN `contact_name` LIKE 'dhr.%' OR `contact_name` LIKE 'dhr %' THEN substr(`contact_name`, 5)
    WHEN `contact_name` LIKE 'mevrouw %' THEN substr(`contact_name`, 9)
    WHEN `contact_name` LIKE 'mevr.%' OR `contact_name` LIKE 'mevr %' THEN substr(`contact_name`, 6)
    ELSE substr(`contact_name`, 4) -- 'mw.' / 'mw '
  END)
WHERE `contact_name` LIKE 'de heer %' OR `contact_name` LIKE 'heer %' OR `contact_name` LIKE 'dhr.%' OR `contact_name` LIKE 'dhr %'
   OR `contact_name` LIKE 'mevrouw %' OR `contact_name` LIKE 'mevr.%' OR `contact_name` LIKE 'mevr %' OR `contact_name` LIKE 'mw.%' OR `contact_name` LIKE 'mw %';--> statement-breakpoint
-- Without a titled contact, the salutation tells: "Geachte heer Visser" (a consumer greeted by name).
UPDATE `debtors` SET `contact_title` = CASE WHEN `salutation` LIKE 'Geachte heer %' THEN 'heer' ELSE 'mevrouw' END
WHERE `contact_title` IS NULL AND (`salutation` LIKE 'Geachte heer %' OR `salutation` LIKE 'Geachte mevrouw %');--> statement-breakpoint
-- A salutation that only said what title and name now say is dropped, so a new contact is greeted by
-- their own name; one of the user's own wording ("Beste Jan") stays and still wins.
UPDATE `debtors` SET `salutation` = NULL
WHERE trim(`salutation`) IN ('', 'Geachte heer/mevrouw', 'Geachte heer/mevrouw,')
   OR (`contact_title` IS NOT NULL AND `salutation` LIKE 'Geachte ' || `contact_title` || ' %');
