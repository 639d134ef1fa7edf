-- Chinese substring search: FTS5 with the trigram tokenizer over name and unit.
-- MATCH needs at least 3 characters; shorter queries use LIKE on the same table.
CREATE VIRTUAL TABLE `projects_fts` USING fts5(
	`name`, `unit_name`,
	content='projects', content_rowid='seq', tokenize='trigram'
);
--> statement-breakpoint
CREATE TRIGGER `projects_fts_insert` AFTER INSERT ON `projects` BEGIN
	INSERT INTO `projects_fts`(rowid, `name`, `unit_name`) VALUES (new.`seq`, new.`name`, new.`unit_name`);
END;
--> statement-breakpoint
CREATE TRIGGER `projects_fts_delete` AFTER DELETE ON `projects` BEGIN
	INSERT INTO `projects_fts`(`projects_fts`, rowid, `name`, `unit_name`) VALUES ('delete', old.`seq`, old.`name`, old.`unit_name`);
END;
--> statement-breakpoint
CREATE TRIGGER `projects_fts_update` AFTER UPDATE OF `name`, `unit_name` ON `projects` BEGIN
	INSERT INTO `projects_fts`(`projects_fts`, rowid, `name`, `unit_name`) VALUES ('delete', old.`seq`, old.`name`, old.`unit_name`);
	INSERT INTO `projects_fts`(rowid, `name`, `unit_name`) VALUES (new.`seq`, new.`name`, new.`unit_name`);
END;
--> statement-breakpoint
-- The history is append-only: the database itself refuses to change or remove a row.
CREATE TRIGGER `history_no_update` BEFORE UPDATE ON `history` BEGIN
	SELECT RAISE(ABORT, '历史记录只能追加，不能修改');
END;
--> statement-breakpoint
CREATE TRIGGER `history_no_delete` BEFORE DELETE ON `history` BEGIN
	SELECT RAISE(ABORT, '历史记录只能追加，不能删除');
END;
