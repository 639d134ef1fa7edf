CREATE INDEX `projects_name_unit_idx` ON `projects` (`name`,`unit_name`);--> statement-breakpoint
CREATE INDEX `projects_class_idx` ON `projects` (`project_class`);--> statement-breakpoint
CREATE INDEX `projects_kind_idx` ON `projects` (`kind`);