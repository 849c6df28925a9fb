DROP INDEX `agencies_code_live`;--> statement-breakpoint
ALTER TABLE `agencies` ADD `claimant` text DEFAULT '' NOT NULL;--> statement-breakpoint
CREATE UNIQUE INDEX `agencies_code_live` ON `agencies` (`code`,`claimant`) WHERE deleted_at IS NULL;--> statement-breakpoint
DROP INDEX `bodies_code_live`;--> statement-breakpoint
ALTER TABLE `bodies` ADD `claimant` text DEFAULT '' NOT NULL;--> statement-breakpoint
CREATE UNIQUE INDEX `bodies_code_live` ON `bodies` (`code`,`claimant`) WHERE deleted_at IS NULL;--> statement-breakpoint
DROP INDEX `countries_code_live`;--> statement-breakpoint
ALTER TABLE `countries` ADD `claimant` text DEFAULT '' NOT NULL;--> statement-breakpoint
CREATE UNIQUE INDEX `countries_code_live` ON `countries` (`code`,`claimant`) WHERE deleted_at IS NULL;--> statement-breakpoint
DROP INDEX `delegation_members_person_live`;--> statement-breakpoint
DROP INDEX `delegation_members_one_head`;--> statement-breakpoint
ALTER TABLE `delegation_members` ADD `claimant` text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE `delegation_members` ADD `head_claimant` text DEFAULT '' NOT NULL;--> statement-breakpoint
CREATE UNIQUE INDEX `delegation_members_person_live` ON `delegation_members` (`delegation_id`,`person_id`,`claimant`) WHERE deleted_at IS NULL;--> statement-breakpoint
CREATE UNIQUE INDEX `delegation_members_one_head` ON `delegation_members` (`delegation_id`,`head_claimant`) WHERE deleted_at IS NULL AND role = 'head';--> statement-breakpoint
DROP INDEX `delegations_meeting_live`;--> statement-breakpoint
ALTER TABLE `delegations` ADD `claimant` text DEFAULT '' NOT NULL;--> statement-breakpoint
CREATE UNIQUE INDEX `delegations_meeting_live` ON `delegations` (`meeting_id`,`claimant`) WHERE deleted_at IS NULL;--> statement-breakpoint
DROP INDEX `legal_bases_identity_live`;--> statement-breakpoint
ALTER TABLE `legal_bases` ADD `claimant` text DEFAULT '' NOT NULL;--> statement-breakpoint
CREATE UNIQUE INDEX `legal_bases_identity_live` ON `legal_bases` (`number`,`issued_on`,`claimant`) WHERE deleted_at IS NULL;--> statement-breakpoint
DROP INDEX `pillars_code_live`;--> statement-breakpoint
ALTER TABLE `pillars` ADD `claimant` text DEFAULT '' NOT NULL;--> statement-breakpoint
CREATE UNIQUE INDEX `pillars_code_live` ON `pillars` (`code`,`claimant`) WHERE deleted_at IS NULL;