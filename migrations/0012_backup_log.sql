CREATE TABLE `backup_chains` (
	`folder` text PRIMARY KEY NOT NULL,
	`chain` text NOT NULL,
	`schema_version` integer NOT NULL,
	`updated_at` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `backup_log` (
	`seq` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`tbl` text NOT NULL,
	`key` text NOT NULL
);
