CREATE TABLE `exports` (
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
	CONSTRAINT "exports_kind_valid" CHECK("exports"."kind" IN ('briefing', 'annual_report', 'tracker', 'csv', 'calendar', 'backup')),
	CONSTRAINT "exports_status_valid" CHECK("exports"."status" IN ('done', 'failed', 'cancelled')),
	CONSTRAINT "exports_version_positive" CHECK("exports"."version" >= 1)
);
--> statement-breakpoint
CREATE INDEX `exports_meeting_kind` ON `exports` (`meeting_id`,`kind`);--> statement-breakpoint
CREATE INDEX `exports_started` ON `exports` (`started_at`);