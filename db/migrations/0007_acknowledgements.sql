CREATE TABLE `exchange_acknowledgements` (
	`received_digest` text PRIMARY KEY NOT NULL,
	`ack_digest` text NOT NULL,
	`sent_at` text NOT NULL
);
