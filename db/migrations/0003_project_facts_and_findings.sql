CREATE TABLE `findings` (
	`seq` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`project_id` text NOT NULL,
	`rule_id` text NOT NULL,
	`regulation` text NOT NULL,
	`article` integer NOT NULL,
	`severity` text NOT NULL,
	`message` text NOT NULL,
	`action` text NOT NULL,
	`due_date` text,
	`as_of` text NOT NULL,
	FOREIGN KEY (`project_id`) REFERENCES `projects`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `findings_project_idx` ON `findings` (`project_id`);--> statement-breakpoint
CREATE INDEX `findings_due_idx` ON `findings` (`due_date`);--> statement-breakpoint
CREATE INDEX `findings_severity_idx` ON `findings` (`severity`);--> statement-breakpoint
CREATE TABLE `project_events` (
	`seq` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`id` text NOT NULL,
	`project_id` text NOT NULL,
	`kind` text NOT NULL,
	`date` text NOT NULL,
	`event` text NOT NULL,
	`recorded_at` text NOT NULL,
	FOREIGN KEY (`project_id`) REFERENCES `projects`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `project_events_id_unique` ON `project_events` (`id`);--> statement-breakpoint
CREATE INDEX `project_events_project_idx` ON `project_events` (`project_id`,`date`);--> statement-breakpoint
CREATE TABLE `project_facts` (
	`project_id` text PRIMARY KEY NOT NULL,
	`attributes` text DEFAULT '{}' NOT NULL,
	`compliance` text DEFAULT '{}' NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`project_id`) REFERENCES `projects`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `project_materials` (
	`seq` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`id` text NOT NULL,
	`project_id` text NOT NULL,
	`code` text NOT NULL,
	`date` text,
	`document_id` text,
	`recorded_at` text NOT NULL,
	FOREIGN KEY (`project_id`) REFERENCES `projects`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `project_materials_id_unique` ON `project_materials` (`id`);--> statement-breakpoint
CREATE INDEX `project_materials_project_idx` ON `project_materials` (`project_id`);