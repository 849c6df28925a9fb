CREATE TABLE `action_item_supporters` (
	`action_item_id` text NOT NULL,
	`agency_id` text NOT NULL,
	PRIMARY KEY(`action_item_id`, `agency_id`),
	FOREIGN KEY (`action_item_id`) REFERENCES `action_items`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`agency_id`) REFERENCES `agencies`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `action_item_supporters_agency` ON `action_item_supporters` (`agency_id`);--> statement-breakpoint
CREATE TABLE `action_items` (
	`id` text PRIMARY KEY NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	`deleted_at` text,
	`title` text NOT NULL,
	`description` text,
	`source_meeting_id` text,
	`source_ref` text,
	`body_id` text,
	`lead_agency_id` text,
	`owner_person_id` text,
	`due_date` text,
	`status` text DEFAULT 'open' NOT NULL,
	`priority` text DEFAULT 'normal' NOT NULL,
	`completed_on` text,
	`completion_note` text,
	FOREIGN KEY (`source_meeting_id`) REFERENCES `meetings`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`body_id`) REFERENCES `bodies`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`lead_agency_id`) REFERENCES `agencies`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`owner_person_id`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "action_items_status_valid" CHECK("action_items"."status" IN ('open', 'in_progress', 'done', 'blocked', 'cancelled')),
	CONSTRAINT "action_items_priority_valid" CHECK("action_items"."priority" IN ('low', 'normal', 'high')),
	CONSTRAINT "action_items_due_date" CHECK("action_items"."due_date" IS NULL OR (length("action_items"."due_date") = 10 AND date("action_items"."due_date") IS "action_items"."due_date")),
	CONSTRAINT "action_items_completed_on_date" CHECK("action_items"."completed_on" IS NULL OR (length("action_items"."completed_on") = 10 AND date("action_items"."completed_on") IS "action_items"."completed_on")),
	CONSTRAINT "action_items_version_positive" CHECK("action_items"."version" >= 1)
);
--> statement-breakpoint
CREATE INDEX `action_items_due` ON `action_items` (`due_date`,`id`);--> statement-breakpoint
CREATE INDEX `action_items_status_due` ON `action_items` (`status`,`due_date`);--> statement-breakpoint
CREATE INDEX `action_items_lead_due` ON `action_items` (`lead_agency_id`,`due_date`);--> statement-breakpoint
CREATE INDEX `action_items_owner` ON `action_items` (`owner_person_id`);--> statement-breakpoint
CREATE INDEX `action_items_body` ON `action_items` (`body_id`);--> statement-breakpoint
CREATE INDEX `action_items_source_meeting` ON `action_items` (`source_meeting_id`);--> statement-breakpoint
CREATE TABLE `action_updates` (
	`id` text PRIMARY KEY NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	`deleted_at` text,
	`action_item_id` text NOT NULL,
	`date` text NOT NULL,
	`note` text NOT NULL,
	`status_after` text,
	`author_person_id` text,
	FOREIGN KEY (`action_item_id`) REFERENCES `action_items`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`author_person_id`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "action_updates_date" CHECK(date("action_updates"."date") IS "action_updates"."date"),
	CONSTRAINT "action_updates_status_valid" CHECK("action_updates"."status_after" IS NULL OR "action_updates"."status_after" IN ('open', 'in_progress', 'done', 'blocked', 'cancelled')),
	CONSTRAINT "action_updates_version_positive" CHECK("action_updates"."version" >= 1)
);
--> statement-breakpoint
CREATE INDEX `action_updates_item_date` ON `action_updates` (`action_item_id`,`date`);--> statement-breakpoint
CREATE TABLE `agencies` (
	`id` text PRIMARY KEY NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	`deleted_at` text,
	`code` text NOT NULL,
	`name_vi` text NOT NULL,
	`name_en` text NOT NULL,
	`abbreviation` text,
	`kind` text NOT NULL,
	`parent_id` text,
	`valid_from` text,
	`valid_to` text,
	`notes` text,
	FOREIGN KEY (`parent_id`) REFERENCES `agencies`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "agencies_kind_valid" CHECK("agencies"."kind" IN ('government', 'ministry', 'department', 'unit', 'office', 'centre', 'other')),
	CONSTRAINT "agencies_valid_from_date" CHECK("agencies"."valid_from" IS NULL OR (length("agencies"."valid_from") = 10 AND date("agencies"."valid_from") IS "agencies"."valid_from")),
	CONSTRAINT "agencies_valid_to_date" CHECK("agencies"."valid_to" IS NULL OR (length("agencies"."valid_to") = 10 AND date("agencies"."valid_to") IS "agencies"."valid_to")),
	CONSTRAINT "agencies_validity_ordered" CHECK("agencies"."valid_to" IS NULL OR "agencies"."valid_from" IS NULL OR "agencies"."valid_to" >= "agencies"."valid_from"),
	CONSTRAINT "agencies_not_own_parent" CHECK("agencies"."parent_id" IS NULL OR "agencies"."parent_id" <> "agencies"."id"),
	CONSTRAINT "agencies_version_positive" CHECK("agencies"."version" >= 1)
);
--> statement-breakpoint
CREATE UNIQUE INDEX `agencies_code_live` ON `agencies` (`code`) WHERE deleted_at IS NULL;--> statement-breakpoint
CREATE INDEX `agencies_parent` ON `agencies` (`parent_id`);--> statement-breakpoint
CREATE TABLE `agency_successions` (
	`id` text PRIMARY KEY NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	`deleted_at` text,
	`predecessor_id` text NOT NULL,
	`successor_id` text NOT NULL,
	`effective_on` text NOT NULL,
	`kind` text NOT NULL,
	`legal_basis_id` text,
	`notes` text,
	FOREIGN KEY (`predecessor_id`) REFERENCES `agencies`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`successor_id`) REFERENCES `agencies`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`legal_basis_id`) REFERENCES `legal_bases`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "agency_successions_kind_valid" CHECK("agency_successions"."kind" IN ('renamed', 'merged', 'split', 'absorbed')),
	CONSTRAINT "agency_successions_effective_date" CHECK(date("agency_successions"."effective_on") IS "agency_successions"."effective_on"),
	CONSTRAINT "agency_successions_distinct" CHECK("agency_successions"."predecessor_id" <> "agency_successions"."successor_id"),
	CONSTRAINT "agency_successions_version_positive" CHECK("agency_successions"."version" >= 1)
);
--> statement-breakpoint
CREATE INDEX `agency_successions_predecessor` ON `agency_successions` (`predecessor_id`);--> statement-breakpoint
CREATE INDEX `agency_successions_successor` ON `agency_successions` (`successor_id`);--> statement-breakpoint
CREATE TABLE `app_meta` (
	`key` text PRIMARY KEY NOT NULL,
	`value` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `bodies` (
	`id` text PRIMARY KEY NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	`deleted_at` text,
	`code` text NOT NULL,
	`name_vi` text NOT NULL,
	`name_en` text NOT NULL,
	`pillar_id` text,
	`kind` text NOT NULL,
	`parent_id` text,
	`partner_country_id` text,
	`cadence` text DEFAULT 'annual' NOT NULL,
	`former_codes` text DEFAULT '[]' NOT NULL,
	`notes` text,
	FOREIGN KEY (`pillar_id`) REFERENCES `pillars`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`parent_id`) REFERENCES `bodies`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`partner_country_id`) REFERENCES `countries`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "bodies_kind_valid" CHECK("bodies"."kind" IN ('summit', 'ministerial', 'senior_officials', 'working_group', 'committee', 'centre', 'task_force', 'dialogue', 'conference_of_parties', 'other')),
	CONSTRAINT "bodies_cadence_valid" CHECK("bodies"."cadence" IN ('annual', 'biennial', 'triennial', 'twice_yearly', 'irregular')),
	CONSTRAINT "bodies_former_codes_json" CHECK(json_valid("bodies"."former_codes") AND json_type("bodies"."former_codes") = 'array'),
	CONSTRAINT "bodies_not_own_parent" CHECK("bodies"."parent_id" IS NULL OR "bodies"."parent_id" <> "bodies"."id"),
	CONSTRAINT "bodies_version_positive" CHECK("bodies"."version" >= 1)
);
--> statement-breakpoint
CREATE UNIQUE INDEX `bodies_code_live` ON `bodies` (`code`) WHERE deleted_at IS NULL;--> statement-breakpoint
CREATE INDEX `bodies_parent` ON `bodies` (`parent_id`);--> statement-breakpoint
CREATE TABLE `change_log` (
	`seq` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`entity` text NOT NULL,
	`entity_id` text NOT NULL,
	`op` text NOT NULL,
	`before` text,
	`after` text,
	`at` text NOT NULL,
	`device_id` text NOT NULL,
	CONSTRAINT "change_log_op_valid" CHECK("change_log"."op" IN ('create', 'update', 'delete'))
);
--> statement-breakpoint
CREATE INDEX `change_log_entity` ON `change_log` (`entity_id`,`seq`);--> statement-breakpoint
CREATE INDEX `change_log_at` ON `change_log` (`at`);--> statement-breakpoint
CREATE TABLE `countries` (
	`id` text PRIMARY KEY NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	`deleted_at` text,
	`code` text NOT NULL,
	`name_vi` text NOT NULL,
	`name_en` text NOT NULL,
	`kind` text NOT NULL,
	`member_from` text,
	`member_to` text,
	`notes` text,
	CONSTRAINT "countries_kind_valid" CHECK("countries"."kind" IN ('member', 'dialogue_partner', 'development_partner', 'observer', 'other')),
	CONSTRAINT "countries_member_from_date" CHECK("countries"."member_from" IS NULL OR (length("countries"."member_from") = 10 AND date("countries"."member_from") IS "countries"."member_from")),
	CONSTRAINT "countries_member_to_date" CHECK("countries"."member_to" IS NULL OR (length("countries"."member_to") = 10 AND date("countries"."member_to") IS "countries"."member_to")),
	CONSTRAINT "countries_membership_ordered" CHECK("countries"."member_to" IS NULL OR "countries"."member_from" IS NULL OR "countries"."member_to" >= "countries"."member_from"),
	CONSTRAINT "countries_version_positive" CHECK("countries"."version" >= 1)
);
--> statement-breakpoint
CREATE UNIQUE INDEX `countries_code_live` ON `countries` (`code`) WHERE deleted_at IS NULL;--> statement-breakpoint
CREATE TABLE `delegation_members` (
	`id` text PRIMARY KEY NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	`deleted_at` text,
	`delegation_id` text NOT NULL,
	`person_id` text NOT NULL,
	`role` text DEFAULT 'member' NOT NULL,
	`agency_id` text,
	`position` text,
	`travel_from` text,
	`travel_to` text,
	`sort_order` integer DEFAULT 0 NOT NULL,
	`notes` text,
	FOREIGN KEY (`delegation_id`) REFERENCES `delegations`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`person_id`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`agency_id`) REFERENCES `agencies`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "delegation_members_role_valid" CHECK("delegation_members"."role" IN ('head', 'deputy_head', 'member', 'secretary')),
	CONSTRAINT "delegation_members_travel_from_date" CHECK("delegation_members"."travel_from" IS NULL OR (length("delegation_members"."travel_from") = 10 AND date("delegation_members"."travel_from") IS "delegation_members"."travel_from")),
	CONSTRAINT "delegation_members_travel_to_date" CHECK("delegation_members"."travel_to" IS NULL OR (length("delegation_members"."travel_to") = 10 AND date("delegation_members"."travel_to") IS "delegation_members"."travel_to")),
	CONSTRAINT "delegation_members_travel_ordered" CHECK("delegation_members"."travel_to" IS NULL OR "delegation_members"."travel_from" IS NULL OR "delegation_members"."travel_to" >= "delegation_members"."travel_from"),
	CONSTRAINT "delegation_members_version_positive" CHECK("delegation_members"."version" >= 1)
);
--> statement-breakpoint
CREATE UNIQUE INDEX `delegation_members_person_live` ON `delegation_members` (`delegation_id`,`person_id`) WHERE deleted_at IS NULL;--> statement-breakpoint
CREATE UNIQUE INDEX `delegation_members_one_head` ON `delegation_members` (`delegation_id`) WHERE deleted_at IS NULL AND role = 'head';--> statement-breakpoint
CREATE INDEX `delegation_members_person` ON `delegation_members` (`person_id`);--> statement-breakpoint
CREATE TABLE `delegations` (
	`id` text PRIMARY KEY NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	`deleted_at` text,
	`meeting_id` text NOT NULL,
	`decision_number` text,
	`decision_date` text,
	`decision_signer` text,
	`funding` text DEFAULT 'state_budget' NOT NULL,
	`funding_note` text,
	`objectives` text,
	`positions` text,
	`classification` text DEFAULT 'none' NOT NULL,
	`status` text DEFAULT 'draft' NOT NULL,
	`notes` text,
	FOREIGN KEY (`meeting_id`) REFERENCES `meetings`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "delegations_funding_valid" CHECK("delegations"."funding" IN ('state_budget', 'partner', 'mixed', 'other')),
	CONSTRAINT "delegations_classification_valid" CHECK("delegations"."classification" IN ('none', 'confidential', 'secret', 'top_secret')),
	CONSTRAINT "delegations_status_valid" CHECK("delegations"."status" IN ('draft', 'decided', 'completed', 'reported', 'cancelled')),
	CONSTRAINT "delegations_decision_date" CHECK("delegations"."decision_date" IS NULL OR (length("delegations"."decision_date") = 10 AND date("delegations"."decision_date") IS "delegations"."decision_date")),
	CONSTRAINT "delegations_version_positive" CHECK("delegations"."version" >= 1)
);
--> statement-breakpoint
CREATE UNIQUE INDEX `delegations_meeting_live` ON `delegations` (`meeting_id`) WHERE deleted_at IS NULL;--> statement-breakpoint
CREATE TABLE `focal_assignments` (
	`id` text PRIMARY KEY NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	`deleted_at` text,
	`body_id` text NOT NULL,
	`agency_id` text NOT NULL,
	`person_id` text,
	`role` text NOT NULL,
	`legal_basis_id` text,
	`valid_from` text NOT NULL,
	`valid_to` text,
	`notes` text,
	FOREIGN KEY (`body_id`) REFERENCES `bodies`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`agency_id`) REFERENCES `agencies`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`person_id`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`legal_basis_id`) REFERENCES `legal_bases`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "focal_assignments_role_valid" CHECK("focal_assignments"."role" IN ('national_coordinator', 'lead_agency', 'focal_point', 'coordinating_agency', 'working_group_leader', 'deputy', 'alternate')),
	CONSTRAINT "focal_assignments_valid_from_date" CHECK(date("focal_assignments"."valid_from") IS "focal_assignments"."valid_from"),
	CONSTRAINT "focal_assignments_valid_to_date" CHECK("focal_assignments"."valid_to" IS NULL OR (length("focal_assignments"."valid_to") = 10 AND date("focal_assignments"."valid_to") IS "focal_assignments"."valid_to")),
	CONSTRAINT "focal_assignments_period_ordered" CHECK("focal_assignments"."valid_to" IS NULL OR "focal_assignments"."valid_from" IS NULL OR "focal_assignments"."valid_to" >= "focal_assignments"."valid_from"),
	CONSTRAINT "focal_assignments_version_positive" CHECK("focal_assignments"."version" >= 1)
);
--> statement-breakpoint
CREATE INDEX `focal_assignments_body_period` ON `focal_assignments` (`body_id`,`valid_from`);--> statement-breakpoint
CREATE INDEX `focal_assignments_agency` ON `focal_assignments` (`agency_id`);--> statement-breakpoint
CREATE INDEX `focal_assignments_period` ON `focal_assignments` (`valid_from`,`valid_to`);--> statement-breakpoint
CREATE TABLE `legal_bases` (
	`id` text PRIMARY KEY NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	`deleted_at` text,
	`number` text NOT NULL,
	`kind` text NOT NULL,
	`issued_on` text NOT NULL,
	`issuer` text NOT NULL,
	`title_vi` text NOT NULL,
	`title_en` text,
	`in_force_from` text,
	`in_force_to` text,
	`notes` text,
	CONSTRAINT "legal_bases_kind_valid" CHECK("legal_bases"."kind" IN ('resolution', 'decree', 'decision', 'circular', 'law', 'agreement', 'other')),
	CONSTRAINT "legal_bases_issued_on_date" CHECK(date("legal_bases"."issued_on") IS "legal_bases"."issued_on"),
	CONSTRAINT "legal_bases_in_force_from_date" CHECK("legal_bases"."in_force_from" IS NULL OR (length("legal_bases"."in_force_from") = 10 AND date("legal_bases"."in_force_from") IS "legal_bases"."in_force_from")),
	CONSTRAINT "legal_bases_in_force_to_date" CHECK("legal_bases"."in_force_to" IS NULL OR (length("legal_bases"."in_force_to") = 10 AND date("legal_bases"."in_force_to") IS "legal_bases"."in_force_to")),
	CONSTRAINT "legal_bases_in_force_ordered" CHECK("legal_bases"."in_force_to" IS NULL OR "legal_bases"."in_force_from" IS NULL OR "legal_bases"."in_force_to" >= "legal_bases"."in_force_from"),
	CONSTRAINT "legal_bases_version_positive" CHECK("legal_bases"."version" >= 1)
);
--> statement-breakpoint
CREATE UNIQUE INDEX `legal_bases_identity_live` ON `legal_bases` (`number`,`issued_on`) WHERE deleted_at IS NULL;--> statement-breakpoint
CREATE TABLE `meetings` (
	`id` text PRIMARY KEY NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	`deleted_at` text,
	`body_id` text NOT NULL,
	`sequence` integer,
	`title_vi` text NOT NULL,
	`title_en` text NOT NULL,
	`start_date` text NOT NULL,
	`end_date` text NOT NULL,
	`city` text,
	`host_country_id` text,
	`format` text DEFAULT 'in_person' NOT NULL,
	`status` text DEFAULT 'planned' NOT NULL,
	`parent_id` text,
	`notes` text,
	FOREIGN KEY (`body_id`) REFERENCES `bodies`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`host_country_id`) REFERENCES `countries`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`parent_id`) REFERENCES `meetings`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "meetings_format_valid" CHECK("meetings"."format" IN ('in_person', 'online', 'hybrid')),
	CONSTRAINT "meetings_status_valid" CHECK("meetings"."status" IN ('planned', 'confirmed', 'held', 'cancelled')),
	CONSTRAINT "meetings_start_date" CHECK(date("meetings"."start_date") IS "meetings"."start_date"),
	CONSTRAINT "meetings_end_date" CHECK(date("meetings"."end_date") IS "meetings"."end_date"),
	CONSTRAINT "meetings_dates_ordered" CHECK("meetings"."end_date" >= "meetings"."start_date"),
	CONSTRAINT "meetings_sequence_positive" CHECK("meetings"."sequence" IS NULL OR "meetings"."sequence" >= 1),
	CONSTRAINT "meetings_not_own_parent" CHECK("meetings"."parent_id" IS NULL OR "meetings"."parent_id" <> "meetings"."id"),
	CONSTRAINT "meetings_version_positive" CHECK("meetings"."version" >= 1)
);
--> statement-breakpoint
CREATE INDEX `meetings_start` ON `meetings` (`start_date`,`id`);--> statement-breakpoint
CREATE INDEX `meetings_body_start` ON `meetings` (`body_id`,`start_date`);--> statement-breakpoint
CREATE INDEX `meetings_parent` ON `meetings` (`parent_id`);--> statement-breakpoint
CREATE TABLE `people` (
	`id` text PRIMARY KEY NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	`deleted_at` text,
	`full_name` text NOT NULL,
	`passport_name` text,
	`position` text,
	`agency_id` text,
	`email` text,
	`phone` text,
	`passport_expiry` text,
	`notes` text,
	FOREIGN KEY (`agency_id`) REFERENCES `agencies`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "people_passport_expiry_date" CHECK("people"."passport_expiry" IS NULL OR (length("people"."passport_expiry") = 10 AND date("people"."passport_expiry") IS "people"."passport_expiry")),
	CONSTRAINT "people_version_positive" CHECK("people"."version" >= 1)
);
--> statement-breakpoint
CREATE INDEX `people_agency` ON `people` (`agency_id`);--> statement-breakpoint
CREATE TABLE `pillars` (
	`id` text PRIMARY KEY NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	`deleted_at` text,
	`code` text NOT NULL,
	`name_vi` text NOT NULL,
	`name_en` text NOT NULL,
	CONSTRAINT "pillars_code_valid" CHECK("pillars"."code" IN ('APSC', 'AEC', 'ASCC')),
	CONSTRAINT "pillars_version_positive" CHECK("pillars"."version" >= 1)
);
--> statement-breakpoint
CREATE UNIQUE INDEX `pillars_code_live` ON `pillars` (`code`) WHERE deleted_at IS NULL;--> statement-breakpoint
CREATE TABLE `search_docs` (
	`doc_id` integer PRIMARY KEY NOT NULL,
	`entity` text NOT NULL,
	`entity_id` text NOT NULL,
	`title` text NOT NULL,
	`subtitle` text,
	`folded` text NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `search_docs_entity_id_unique` ON `search_docs` (`entity_id`);--> statement-breakpoint
CREATE INDEX `search_docs_entity` ON `search_docs` (`entity`);