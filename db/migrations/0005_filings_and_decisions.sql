CREATE TABLE `attachments` (
	`id` text PRIMARY KEY NOT NULL,
	`project_id` text NOT NULL,
	`file_name` text NOT NULL,
	`media_type` text,
	`material_code` text,
	`sm3` text NOT NULL,
	`size` integer NOT NULL,
	`added_at` text NOT NULL,
	`source` text NOT NULL
);
--> statement-breakpoint
CREATE INDEX `attachments_project_idx` ON `attachments` (`project_id`);--> statement-breakpoint
CREATE TABLE `decisions` (
	`id` text PRIMARY KEY NOT NULL,
	`filing_id` text NOT NULL,
	`project_id` text NOT NULL,
	`filing_version` integer NOT NULL,
	`decision` text NOT NULL,
	`body` text NOT NULL,
	`decided_on` text NOT NULL,
	`recorded_at` text NOT NULL,
	`bundle_digest` text,
	`changed_since` integer
);
--> statement-breakpoint
CREATE INDEX `decisions_filing_idx` ON `decisions` (`filing_id`);--> statement-breakpoint
CREATE INDEX `decisions_unsent_idx` ON `decisions` (`bundle_digest`);--> statement-breakpoint
CREATE TABLE `filings` (
	`id` text PRIMARY KEY NOT NULL,
	`project_id` text NOT NULL,
	`version` integer NOT NULL,
	`unit_code` text NOT NULL,
	`unit_name` text NOT NULL,
	`review_office_code` text NOT NULL,
	`project_version` integer NOT NULL,
	`project_name` text NOT NULL,
	`planned_year` integer NOT NULL,
	`total_investment_fen` integer NOT NULL,
	`snapshot` text NOT NULL,
	`snapshot_sm3` text NOT NULL,
	`filed_at` text NOT NULL,
	`bundle_digest` text NOT NULL,
	`status` text NOT NULL,
	`status_at` text
);
--> statement-breakpoint
CREATE UNIQUE INDEX `filings_project_version_idx` ON `filings` (`project_id`,`version`);--> statement-breakpoint
CREATE INDEX `filings_status_idx` ON `filings` (`status`,`planned_year`);--> statement-breakpoint
CREATE TABLE `review_opinions` (
	`id` text PRIMARY KEY NOT NULL,
	`filing_id` text NOT NULL,
	`kind` text NOT NULL,
	`conclusion` text NOT NULL,
	`opinion` text NOT NULL,
	`experts` text NOT NULL,
	`recorded_at` text NOT NULL,
	`recorded_by` text NOT NULL
);
--> statement-breakpoint
CREATE INDEX `review_opinions_filing_idx` ON `review_opinions` (`filing_id`);--> statement-breakpoint
ALTER TABLE `projects` ADD `origin_office_code` text;--> statement-breakpoint
ALTER TABLE `projects` ADD `locked_filing_id` text;