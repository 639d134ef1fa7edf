CREATE TABLE `exchange_links` (
	`sender_code` text NOT NULL,
	`recipient_code` text NOT NULL,
	`last_sequence` integer NOT NULL,
	`last_digest` text NOT NULL,
	`updated_at` text NOT NULL,
	PRIMARY KEY(`sender_code`, `recipient_code`)
);
--> statement-breakpoint
CREATE TABLE `exchange_received` (
	`seq` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`digest` text NOT NULL,
	`bundle_id` text NOT NULL,
	`sender_code` text NOT NULL,
	`recipient_code` text NOT NULL,
	`sequence` integer NOT NULL,
	`payload_type` text NOT NULL,
	`accepted_at` text NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `exchange_received_digest_unique` ON `exchange_received` (`digest`);--> statement-breakpoint
CREATE INDEX `exchange_received_link_idx` ON `exchange_received` (`sender_code`,`recipient_code`,`sequence`);--> statement-breakpoint
CREATE TABLE `office_keys` (
	`seq` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`key_id` text NOT NULL,
	`fingerprint` text NOT NULL,
	`public_key` text NOT NULL,
	`encrypted_private_key` text NOT NULL,
	`created_at` text NOT NULL,
	`status` text NOT NULL,
	`status_at` text,
	`previous_key_id` text,
	`rotation_signature` text
);
--> statement-breakpoint
CREATE UNIQUE INDEX `office_keys_key_id_unique` ON `office_keys` (`key_id`);--> statement-breakpoint
CREATE INDEX `office_keys_status_idx` ON `office_keys` (`status`);--> statement-breakpoint
CREATE TABLE `trusted_keys` (
	`seq` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`key_id` text NOT NULL,
	`fingerprint` text NOT NULL,
	`office_code` text NOT NULL,
	`office_name` text NOT NULL,
	`role` text NOT NULL,
	`public_key` text NOT NULL,
	`added_at` text NOT NULL,
	`status` text NOT NULL,
	`status_at` text,
	`status_reason` text,
	`previous_key_id` text,
	`rotation_signature` text
);
--> statement-breakpoint
CREATE UNIQUE INDEX `trusted_keys_key_id_unique` ON `trusted_keys` (`key_id`);--> statement-breakpoint
CREATE INDEX `trusted_keys_office_idx` ON `trusted_keys` (`office_code`,`status`);