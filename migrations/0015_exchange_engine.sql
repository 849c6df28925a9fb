-- The shared-drive exchange's engine (db/exchange): the clock value, replica and transaction of a
-- change that came from another laptop; the merge state (heads of a multi-value register per
-- record and field); the conflicts inbox; this laptop's outbox of changes taken up for
-- publishing; and what was applied from each other laptop. Nothing here changes a local write.
CREATE TABLE `exchange_applied` (
	`replica` text PRIMARY KEY NOT NULL,
	`seq` integer NOT NULL,
	`sha256` text NOT NULL,
	`device_name` text,
	`officer_name` text,
	`app_version` text,
	`last_seen_at` text
);
--> statement-breakpoint
CREATE TABLE `exchange_conflicts` (
	`key` text PRIMARY KEY NOT NULL,
	`kind` text NOT NULL,
	`entity` text NOT NULL,
	`entity_id` text NOT NULL,
	`register` text NOT NULL,
	`detail` text,
	`closed_hlc` text
);
--> statement-breakpoint
CREATE INDEX `exchange_conflicts_open` ON `exchange_conflicts` (`closed_hlc`,`kind`);--> statement-breakpoint
CREATE TABLE `exchange_heads` (
	`entity_id` text NOT NULL,
	`register` text NOT NULL,
	`hlc` text NOT NULL,
	`entity` text NOT NULL,
	`replica` text NOT NULL,
	`value` text NOT NULL,
	`officer_name` text,
	`device_name` text,
	PRIMARY KEY(`entity_id`, `register`, `hlc`)
);
--> statement-breakpoint
CREATE TABLE `exchange_outbox` (
	`n` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`seq` integer NOT NULL,
	`hlc` text NOT NULL,
	`line` text NOT NULL,
	`published` integer
);
--> statement-breakpoint
ALTER TABLE `change_log` ADD `hlc` text;--> statement-breakpoint
ALTER TABLE `change_log` ADD `replica` text;--> statement-breakpoint
ALTER TABLE `change_log` ADD `tx` text;--> statement-breakpoint
-- Tracked by the backup of changes (migration 0013) like every other table.
CREATE TRIGGER "backup_log_exchange_applied_ai" AFTER INSERT ON "exchange_applied" BEGIN INSERT INTO backup_log (tbl, key) VALUES ('exchange_applied', json_array(NEW."replica")); END;--> statement-breakpoint
CREATE TRIGGER "backup_log_exchange_applied_au" AFTER UPDATE ON "exchange_applied" BEGIN INSERT INTO backup_log (tbl, key) VALUES ('exchange_applied', json_array(NEW."replica")); INSERT INTO backup_log (tbl, key) SELECT 'exchange_applied', json_array(OLD."replica") WHERE OLD."replica" IS NOT NEW."replica"; END;--> statement-breakpoint
CREATE TRIGGER "backup_log_exchange_applied_ad" AFTER DELETE ON "exchange_applied" BEGIN INSERT INTO backup_log (tbl, key) VALUES ('exchange_applied', json_array(OLD."replica")); END;--> statement-breakpoint
CREATE TRIGGER "backup_log_exchange_conflicts_ai" AFTER INSERT ON "exchange_conflicts" BEGIN INSERT INTO backup_log (tbl, key) VALUES ('exchange_conflicts', json_array(NEW."key")); END;--> statement-breakpoint
CREATE TRIGGER "backup_log_exchange_conflicts_au" AFTER UPDATE ON "exchange_conflicts" BEGIN INSERT INTO backup_log (tbl, key) VALUES ('exchange_conflicts', json_array(NEW."key")); INSERT INTO backup_log (tbl, key) SELECT 'exchange_conflicts', json_array(OLD."key") WHERE OLD."key" IS NOT NEW."key"; END;--> statement-breakpoint
CREATE TRIGGER "backup_log_exchange_conflicts_ad" AFTER DELETE ON "exchange_conflicts" BEGIN INSERT INTO backup_log (tbl, key) VALUES ('exchange_conflicts', json_array(OLD."key")); END;--> statement-breakpoint
CREATE TRIGGER "backup_log_exchange_heads_ai" AFTER INSERT ON "exchange_heads" BEGIN INSERT INTO backup_log (tbl, key) VALUES ('exchange_heads', json_array(NEW."entity_id", NEW."register", NEW."hlc")); END;--> statement-breakpoint
CREATE TRIGGER "backup_log_exchange_heads_au" AFTER UPDATE ON "exchange_heads" BEGIN INSERT INTO backup_log (tbl, key) VALUES ('exchange_heads', json_array(NEW."entity_id", NEW."register", NEW."hlc")); INSERT INTO backup_log (tbl, key) SELECT 'exchange_heads', json_array(OLD."entity_id", OLD."register", OLD."hlc") WHERE OLD."entity_id" IS NOT NEW."entity_id" OR OLD."register" IS NOT NEW."register" OR OLD."hlc" IS NOT NEW."hlc"; END;--> statement-breakpoint
CREATE TRIGGER "backup_log_exchange_heads_ad" AFTER DELETE ON "exchange_heads" BEGIN INSERT INTO backup_log (tbl, key) VALUES ('exchange_heads', json_array(OLD."entity_id", OLD."register", OLD."hlc")); END;--> statement-breakpoint
CREATE TRIGGER "backup_log_exchange_outbox_ai" AFTER INSERT ON "exchange_outbox" BEGIN INSERT INTO backup_log (tbl, key) VALUES ('exchange_outbox', json_array(NEW."n")); END;--> statement-breakpoint
CREATE TRIGGER "backup_log_exchange_outbox_au" AFTER UPDATE ON "exchange_outbox" BEGIN INSERT INTO backup_log (tbl, key) VALUES ('exchange_outbox', json_array(NEW."n")); INSERT INTO backup_log (tbl, key) SELECT 'exchange_outbox', json_array(OLD."n") WHERE OLD."n" IS NOT NEW."n"; END;--> statement-breakpoint
CREATE TRIGGER "backup_log_exchange_outbox_ad" AFTER DELETE ON "exchange_outbox" BEGIN INSERT INTO backup_log (tbl, key) VALUES ('exchange_outbox', json_array(OLD."n")); END;
