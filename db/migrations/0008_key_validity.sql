ALTER TABLE `exchange_received` ADD `previous_digest` text;--> statement-breakpoint
ALTER TABLE `office_keys` ADD `rotation_last_sequences` text;--> statement-breakpoint
ALTER TABLE `trusted_keys` ADD `valid_through_sequence` integer;--> statement-breakpoint
-- Keys rotated or revoked before this migration: valid up to the last sequence accepted from their office (our records), nothing above.
UPDATE `trusted_keys` SET `valid_through_sequence` = COALESCE((SELECT MAX(`last_sequence`) FROM `exchange_links` WHERE `sender_code` = `trusted_keys`.`office_code`), 0) WHERE `status` <> 'active';
