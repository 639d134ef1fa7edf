CREATE TABLE `history` (
	`seq` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`at` text NOT NULL,
	`actor` text NOT NULL,
	`entity_type` text NOT NULL,
	`entity_id` text NOT NULL,
	`action` text NOT NULL,
	`changes` text NOT NULL,
	`prev_hash` text NOT NULL,
	`hash` text NOT NULL
);
--> statement-breakpoint
CREATE INDEX `history_entity_idx` ON `history` (`entity_type`,`entity_id`,`seq`);--> statement-breakpoint
CREATE TABLE `projects` (
	`seq` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`id` text NOT NULL,
	`name` text NOT NULL,
	`unit_name` text NOT NULL,
	`contact_person` text NOT NULL,
	`contact_phone` text NOT NULL,
	`project_class` text NOT NULL,
	`kind` text NOT NULL,
	`source` text NOT NULL,
	`total_investment_fen` integer NOT NULL,
	`fund_superior_fen` integer DEFAULT 0 NOT NULL,
	`fund_local_fiscal_fen` integer DEFAULT 0 NOT NULL,
	`fund_self_raised_fen` integer DEFAULT 0 NOT NULL,
	`fund_social_fen` integer DEFAULT 0 NOT NULL,
	`fund_other_fen` integer DEFAULT 0 NOT NULL,
	`planned_year` integer NOT NULL,
	`stage` text NOT NULL,
	`cloud_deployment` text NOT NULL,
	`mlps_level` integer NOT NULL,
	`crypto_plan` text NOT NULL,
	`data_sharing` text NOT NULL,
	`description` text DEFAULT '' NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`version` integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `projects_id_unique` ON `projects` (`id`);--> statement-breakpoint
CREATE INDEX `projects_year_idx` ON `projects` (`planned_year`);--> statement-breakpoint
CREATE INDEX `projects_stage_idx` ON `projects` (`stage`);--> statement-breakpoint
CREATE INDEX `projects_unit_idx` ON `projects` (`unit_name`);--> statement-breakpoint
CREATE INDEX `projects_amount_idx` ON `projects` (`total_investment_fen`);--> statement-breakpoint
CREATE INDEX `projects_updated_idx` ON `projects` (`updated_at`);--> statement-breakpoint
CREATE TABLE `settings` (
	`key` text PRIMARY KEY NOT NULL,
	`value` text NOT NULL,
	`updated_at` text DEFAULT CURRENT_TIMESTAMP NOT NULL
);
