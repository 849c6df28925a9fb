DROP INDEX `meetings_parent_end`;--> statement-breakpoint
CREATE INDEX `meetings_upcoming` ON `meetings` (`parent_id`,`end_date`,`start_date`,`status`,`deleted_at`);--> statement-breakpoint
CREATE INDEX `focal_assignments_body_in_force` ON `focal_assignments` (`body_id`,`valid_to`,`valid_from`) WHERE deleted_at IS NULL;