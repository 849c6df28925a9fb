-- The trip: ASEAN documents, agendas, meeting contacts, series memory, English texts, member
-- logistics and the preparation timeline's per-meeting lead times.
CREATE TABLE `agenda_item_documents` (
	`agenda_item_id` text NOT NULL,
	`document_id` text NOT NULL,
	PRIMARY KEY(`agenda_item_id`, `document_id`),
	FOREIGN KEY (`agenda_item_id`) REFERENCES `agenda_items`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`document_id`) REFERENCES `asean_documents`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `agenda_item_documents_document` ON `agenda_item_documents` (`document_id`);--> statement-breakpoint
CREATE TABLE `agenda_items` (
	`id` text PRIMARY KEY NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	`deleted_at` text,
	`meeting_id` text NOT NULL,
	`number` integer NOT NULL,
	`title_vi` text NOT NULL,
	`title_en` text,
	`lead_agency_id` text,
	`position` text,
	`position_en` text,
	`talking_points` text,
	`talking_points_en` text,
	`notes` text,
	FOREIGN KEY (`meeting_id`) REFERENCES `meetings`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`lead_agency_id`) REFERENCES `agencies`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "agenda_items_number_positive" CHECK("agenda_items"."number" >= 1),
	CONSTRAINT "agenda_items_version_positive" CHECK("agenda_items"."version" >= 1)
);
--> statement-breakpoint
CREATE INDEX `agenda_items_meeting` ON `agenda_items` (`meeting_id`,`number`);--> statement-breakpoint
CREATE INDEX `agenda_items_lead` ON `agenda_items` (`lead_agency_id`);--> statement-breakpoint
CREATE TABLE `asean_documents` (
	`id` text PRIMARY KEY NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	`deleted_at` text,
	`kind` text NOT NULL,
	`title_vi` text NOT NULL,
	`title_en` text,
	`body_id` text,
	`meeting_id` text,
	`status` text DEFAULT 'draft' NOT NULL,
	`comment_deadline` text,
	`comment_agency_id` text,
	`comment_person_id` text,
	`approval_level` text DEFAULT 'none' NOT NULL,
	`approval_ref` text,
	`approved_on` text,
	`summary` text,
	`summary_en` text,
	`notes` text,
	FOREIGN KEY (`body_id`) REFERENCES `bodies`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`meeting_id`) REFERENCES `meetings`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`comment_agency_id`) REFERENCES `agencies`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`comment_person_id`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "asean_documents_kind_valid" CHECK("asean_documents"."kind" IN ('declaration', 'joint_statement', 'action_plan', 'terms_of_reference', 'nomination', 'agreement', 'other')),
	CONSTRAINT "asean_documents_status_valid" CHECK("asean_documents"."status" IN ('draft', 'comments_due', 'commented', 'agreed_ad_ref', 'adopted')),
	CONSTRAINT "asean_documents_approval_valid" CHECK("asean_documents"."approval_level" IN ('none', 'ministry', 'prime_minister', 'government')),
	CONSTRAINT "asean_documents_comment_deadline_date" CHECK("asean_documents"."comment_deadline" IS NULL OR (length("asean_documents"."comment_deadline") = 10 AND date("asean_documents"."comment_deadline") IS "asean_documents"."comment_deadline")),
	CONSTRAINT "asean_documents_approved_on_date" CHECK("asean_documents"."approved_on" IS NULL OR (length("asean_documents"."approved_on") = 10 AND date("asean_documents"."approved_on") IS "asean_documents"."approved_on")),
	CONSTRAINT "asean_documents_version_positive" CHECK("asean_documents"."version" >= 1)
);
--> statement-breakpoint
CREATE INDEX `asean_documents_meeting` ON `asean_documents` (`meeting_id`);--> statement-breakpoint
CREATE INDEX `asean_documents_body` ON `asean_documents` (`body_id`);--> statement-breakpoint
CREATE INDEX `asean_documents_deadline` ON `asean_documents` (`comment_deadline`,`id`);--> statement-breakpoint
CREATE INDEX `asean_documents_comment_agency` ON `asean_documents` (`comment_agency_id`);--> statement-breakpoint
CREATE INDEX `asean_documents_comment_person` ON `asean_documents` (`comment_person_id`);--> statement-breakpoint
CREATE TABLE `meeting_contacts` (
	`id` text PRIMARY KEY NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	`deleted_at` text,
	`meeting_id` text NOT NULL,
	`kind` text NOT NULL,
	`name` text NOT NULL,
	`organisation` text,
	`email` text,
	`phone` text,
	`notes` text,
	`sort_order` integer DEFAULT 0 NOT NULL,
	FOREIGN KEY (`meeting_id`) REFERENCES `meetings`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "meeting_contacts_kind_valid" CHECK("meeting_contacts"."kind" IN ('host', 'secretariat', 'embassy', 'other')),
	CONSTRAINT "meeting_contacts_version_positive" CHECK("meeting_contacts"."version" >= 1)
);
--> statement-breakpoint
CREATE INDEX `meeting_contacts_meeting` ON `meeting_contacts` (`meeting_id`,`sort_order`);--> statement-breakpoint
-- Columns added in place (no table rebuild: meetings and delegation_members keep their
-- backup-tracking triggers of migration 0013). The new columns are NULL on every existing row.
ALTER TABLE `delegation_members` ADD `flight_out` text;--> statement-breakpoint
ALTER TABLE `delegation_members` ADD `flight_back` text;--> statement-breakpoint
ALTER TABLE `delegation_members` ADD `hotel` text;--> statement-breakpoint
ALTER TABLE `delegation_members` ADD `visa_status` text CONSTRAINT "delegation_members_visa_valid" CHECK("visa_status" IS NULL OR "visa_status" IN ('not_needed', 'to_apply', 'applied', 'granted', 'refused'));--> statement-breakpoint
ALTER TABLE `delegation_members` ADD `per_diem_basis` text;--> statement-breakpoint
ALTER TABLE `delegations` ADD `objectives_en` text;--> statement-breakpoint
ALTER TABLE `delegations` ADD `positions_en` text;--> statement-breakpoint
ALTER TABLE `meetings` ADD `previous_id` text REFERENCES meetings(id) CONSTRAINT "meetings_not_own_previous" CHECK("previous_id" IS NULL OR "previous_id" <> "id");--> statement-breakpoint
ALTER TABLE `meetings` ADD `outcomes` text;--> statement-breakpoint
ALTER TABLE `meetings` ADD `outcomes_en` text;--> statement-breakpoint
ALTER TABLE `meetings` ADD `timeline_days` text CONSTRAINT "meetings_timeline_days_json" CHECK("timeline_days" IS NULL OR (json_valid("timeline_days") AND json_type("timeline_days") IN ('object', 'null')));--> statement-breakpoint
CREATE INDEX `meetings_previous` ON `meetings` (`previous_id`);--> statement-breakpoint
-- Backups of changes track the new tables like every data table (trackingTriggers, migration 0013).
CREATE TRIGGER "backup_log_agenda_item_documents_ai" AFTER INSERT ON "agenda_item_documents" BEGIN INSERT INTO backup_log (tbl, key) VALUES ('agenda_item_documents', json_array(NEW."agenda_item_id", NEW."document_id")); END;
--> statement-breakpoint
CREATE TRIGGER "backup_log_agenda_item_documents_au" AFTER UPDATE ON "agenda_item_documents" BEGIN INSERT INTO backup_log (tbl, key) VALUES ('agenda_item_documents', json_array(NEW."agenda_item_id", NEW."document_id")); INSERT INTO backup_log (tbl, key) SELECT 'agenda_item_documents', json_array(OLD."agenda_item_id", OLD."document_id") WHERE OLD."agenda_item_id" IS NOT NEW."agenda_item_id" OR OLD."document_id" IS NOT NEW."document_id"; END;
--> statement-breakpoint
CREATE TRIGGER "backup_log_agenda_item_documents_ad" AFTER DELETE ON "agenda_item_documents" BEGIN INSERT INTO backup_log (tbl, key) VALUES ('agenda_item_documents', json_array(OLD."agenda_item_id", OLD."document_id")); END;
--> statement-breakpoint
CREATE TRIGGER "backup_log_agenda_items_ai" AFTER INSERT ON "agenda_items" BEGIN INSERT INTO backup_log (tbl, key) VALUES ('agenda_items', json_array(NEW."id")); END;
--> statement-breakpoint
CREATE TRIGGER "backup_log_agenda_items_au" AFTER UPDATE ON "agenda_items" BEGIN INSERT INTO backup_log (tbl, key) VALUES ('agenda_items', json_array(NEW."id")); INSERT INTO backup_log (tbl, key) SELECT 'agenda_items', json_array(OLD."id") WHERE OLD."id" IS NOT NEW."id"; END;
--> statement-breakpoint
CREATE TRIGGER "backup_log_agenda_items_ad" AFTER DELETE ON "agenda_items" BEGIN INSERT INTO backup_log (tbl, key) VALUES ('agenda_items', json_array(OLD."id")); END;
--> statement-breakpoint
CREATE TRIGGER "backup_log_asean_documents_ai" AFTER INSERT ON "asean_documents" BEGIN INSERT INTO backup_log (tbl, key) VALUES ('asean_documents', json_array(NEW."id")); END;
--> statement-breakpoint
CREATE TRIGGER "backup_log_asean_documents_au" AFTER UPDATE ON "asean_documents" BEGIN INSERT INTO backup_log (tbl, key) VALUES ('asean_documents', json_array(NEW."id")); INSERT INTO backup_log (tbl, key) SELECT 'asean_documents', json_array(OLD."id") WHERE OLD."id" IS NOT NEW."id"; END;
--> statement-breakpoint
CREATE TRIGGER "backup_log_asean_documents_ad" AFTER DELETE ON "asean_documents" BEGIN INSERT INTO backup_log (tbl, key) VALUES ('asean_documents', json_array(OLD."id")); END;
--> statement-breakpoint
CREATE TRIGGER "backup_log_meeting_contacts_ai" AFTER INSERT ON "meeting_contacts" BEGIN INSERT INTO backup_log (tbl, key) VALUES ('meeting_contacts', json_array(NEW."id")); END;
--> statement-breakpoint
CREATE TRIGGER "backup_log_meeting_contacts_au" AFTER UPDATE ON "meeting_contacts" BEGIN INSERT INTO backup_log (tbl, key) VALUES ('meeting_contacts', json_array(NEW."id")); INSERT INTO backup_log (tbl, key) SELECT 'meeting_contacts', json_array(OLD."id") WHERE OLD."id" IS NOT NEW."id"; END;
--> statement-breakpoint
CREATE TRIGGER "backup_log_meeting_contacts_ad" AFTER DELETE ON "meeting_contacts" BEGIN INSERT INTO backup_log (tbl, key) VALUES ('meeting_contacts', json_array(OLD."id")); END;