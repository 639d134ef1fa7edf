CREATE TABLE `history_anchors` (
	`bundle_digest` text PRIMARY KEY NOT NULL,
	`office_code` text NOT NULL,
	`bundle_sequence` integer NOT NULL,
	`payload_type` text NOT NULL,
	`head_seq` integer NOT NULL,
	`head_hash` text NOT NULL,
	`received_at` text NOT NULL
);
--> statement-breakpoint
CREATE INDEX `history_anchors_office_idx` ON `history_anchors` (`office_code`,`head_seq`);
--> statement-breakpoint
-- The other office's word on our history: kept as received, like the history itself.
CREATE TRIGGER `history_anchors_no_update` BEFORE UPDATE ON `history_anchors` BEGIN
	SELECT RAISE(ABORT, '历史锚点只能追加，不能修改');
END;
--> statement-breakpoint
CREATE TRIGGER `history_anchors_no_delete` BEFORE DELETE ON `history_anchors` BEGIN
	SELECT RAISE(ABORT, '历史锚点只能追加，不能删除');
END;
