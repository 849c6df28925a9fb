-- Who made each change, as the laptop was named in Settings when it was written (officer and
-- laptop), carried with the change by the coming shared-drive exchange; and which changes are
-- the app's own seeding of reference data rather than an officer's (left out of "recent changes").
ALTER TABLE `change_log` ADD `officer_name` text;--> statement-breakpoint
ALTER TABLE `change_log` ADD `device_name` text;--> statement-breakpoint
ALTER TABLE `change_log` ADD `origin` text;--> statement-breakpoint
-- The reference data seeded before this version: records of the reference epoch (2009-01-31,
-- db/seed/load.ts: their ids begin 011f29fc-1400-) created by the app. No officer creates a
-- record with such an id. The log is append-only: its guard steps aside for this one marking.
DROP TRIGGER `change_log_no_update`;--> statement-breakpoint
UPDATE `change_log` SET `origin` = 'reference' WHERE `op` = 'create' AND `entity_id` GLOB '011f29fc-1400-*';--> statement-breakpoint
CREATE TRIGGER `change_log_no_update` BEFORE UPDATE ON `change_log` BEGIN
  SELECT RAISE(ABORT, 'change_log is append-only');
END;
