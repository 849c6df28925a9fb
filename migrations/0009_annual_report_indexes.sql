CREATE INDEX `action_items_live_open_agency` ON `action_items` (`lead_agency_id`,`due_date`,`source_meeting_id`,`status`,`deleted_at`) WHERE deleted_at IS NULL AND status IN ('open', 'in_progress', 'blocked');--> statement-breakpoint
CREATE INDEX `action_items_live_unsourced_due` ON `action_items` (`due_date`,`id`,`source_meeting_id`,`deleted_at`) WHERE deleted_at IS NULL AND source_meeting_id IS NULL;--> statement-breakpoint
CREATE INDEX `bodies_code` ON `bodies` (`code`);--> statement-breakpoint
CREATE INDEX `focal_assignments_live_from` ON `focal_assignments` (`valid_from`,`deleted_at`) WHERE deleted_at IS NULL;--> statement-breakpoint
CREATE INDEX `focal_assignments_live_to` ON `focal_assignments` (`valid_to`,`valid_from`,`deleted_at`) WHERE deleted_at IS NULL;