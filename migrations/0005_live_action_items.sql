DROP INDEX `action_items_status_due`;--> statement-breakpoint
CREATE INDEX `action_items_live_status_due` ON `action_items` (`status`,`due_date`,`deleted_at`) WHERE deleted_at IS NULL;