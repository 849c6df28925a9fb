PRAGMA foreign_keys=OFF;--> statement-breakpoint
CREATE TABLE `__new_exports` (
	`id` text PRIMARY KEY NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	`deleted_at` text,
	`kind` text NOT NULL,
	`format` text NOT NULL,
	`language` text,
	`meeting_id` text,
	`year` integer,
	`params` text,
	`folder` text NOT NULL,
	`file_name` text,
	`bytes` integer,
	`sha256` text,
	`status` text NOT NULL,
	`error` text,
	`started_at` text NOT NULL,
	`finished_at` text,
	FOREIGN KEY (`meeting_id`) REFERENCES `meetings`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "exports_kind_valid" CHECK("__new_exports"."kind" IN ('briefing', 'post_trip_report', 'annual_report', 'tracker', 'csv', 'calendar', 'backup')),
	CONSTRAINT "exports_status_valid" CHECK("__new_exports"."status" IN ('done', 'failed', 'cancelled')),
	CONSTRAINT "exports_version_positive" CHECK("__new_exports"."version" >= 1)
);
--> statement-breakpoint
INSERT INTO `__new_exports`("id", "created_at", "updated_at", "version", "deleted_at", "kind", "format", "language", "meeting_id", "year", "params", "folder", "file_name", "bytes", "sha256", "status", "error", "started_at", "finished_at") SELECT "id", "created_at", "updated_at", "version", "deleted_at", "kind", "format", "language", "meeting_id", "year", "params", "folder", "file_name", "bytes", "sha256", "status", "error", "started_at", "finished_at" FROM `exports`;--> statement-breakpoint
DROP TABLE `exports`;--> statement-breakpoint
ALTER TABLE `__new_exports` RENAME TO `exports`;--> statement-breakpoint
PRAGMA foreign_keys=ON;--> statement-breakpoint
CREATE INDEX `exports_meeting_kind` ON `exports` (`meeting_id`,`kind`);--> statement-breakpoint
CREATE INDEX `exports_started` ON `exports` (`started_at`);--> statement-breakpoint
UPDATE `exports` SET `kind` = 'post_trip_report' WHERE `kind` = 'annual_report' AND json_extract(`params`, '$.document') = 'post_trip_report';--> statement-breakpoint
CREATE TRIGGER "backup_log_exports_ai" AFTER INSERT ON "exports" BEGIN INSERT INTO backup_log (tbl, key) VALUES ('exports', json_array(NEW."id")); END;
--> statement-breakpoint
CREATE TRIGGER "backup_log_exports_au" AFTER UPDATE ON "exports" BEGIN INSERT INTO backup_log (tbl, key) VALUES ('exports', json_array(NEW."id")); INSERT INTO backup_log (tbl, key) SELECT 'exports', json_array(OLD."id") WHERE OLD."id" IS NOT NEW."id"; END;
--> statement-breakpoint
CREATE TRIGGER "backup_log_exports_ad" AFTER DELETE ON "exports" BEGIN INSERT INTO backup_log (tbl, key) VALUES ('exports', json_array(OLD."id")); END;
