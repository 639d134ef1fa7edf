CREATE TABLE `finding_exceptions` (
	`id` text PRIMARY KEY NOT NULL,
	`project_id` text NOT NULL,
	`rule_id` text NOT NULL,
	`regulation` text NOT NULL,
	`article` integer NOT NULL,
	`reason` text NOT NULL,
	`document_id` text,
	`document_name` text,
	`recorded_at` text NOT NULL,
	`recorded_by` text NOT NULL,
	`status` text DEFAULT 'active' NOT NULL,
	`closed_at` text,
	`closed_by` text,
	`rejection_reason` text,
	FOREIGN KEY (`project_id`) REFERENCES `projects`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `finding_exceptions_project_idx` ON `finding_exceptions` (`project_id`,`status`);