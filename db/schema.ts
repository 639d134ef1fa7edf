import { sql } from 'drizzle-orm';
import { index, integer, primaryKey, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';

/**
 * The register. `seq` is the rowid (the FTS index's content_rowid); `id` is the
 * stable UUID that crosses boundaries (IPC, bundles). Amounts are integer fen.
 */
export const projects = sqliteTable(
  'projects',
  {
    seq: integer('seq').primaryKey({ autoIncrement: true }),
    id: text('id').notNull().unique(),
    name: text('name').notNull(),
    unitName: text('unit_name').notNull(),
    contactPerson: text('contact_person').notNull(),
    contactPhone: text('contact_phone').notNull(),
    projectClass: text('project_class').notNull(),
    kind: text('kind').notNull(),
    source: text('source').notNull(),
    totalInvestmentFen: integer('total_investment_fen').notNull(),
    fundSuperiorFen: integer('fund_superior_fen').notNull().default(0),
    fundLocalFiscalFen: integer('fund_local_fiscal_fen').notNull().default(0),
    fundSelfRaisedFen: integer('fund_self_raised_fen').notNull().default(0),
    fundSocialFen: integer('fund_social_fen').notNull().default(0),
    fundOtherFen: integer('fund_other_fen').notNull().default(0),
    plannedYear: integer('planned_year').notNull(),
    stage: text('stage').notNull(),
    cloudDeployment: text('cloud_deployment').notNull(),
    mlpsLevel: integer('mlps_level').notNull(),
    cryptoPlan: text('crypto_plan').notNull(),
    dataSharing: text('data_sharing').notNull(),
    description: text('description').notNull().default(''),
    /** 建设单位性质 (OWNER_TYPES); null: not recorded. */
    ownerType: text('owner_type'),
    createdAt: text('created_at').notNull(),
    updatedAt: text('updated_at').notNull(),
    version: integer('version').notNull().default(1),
    /** At a review office: the unit whose filing this project came from (read-only here). Null: this office's own. */
    originOfficeCode: text('origin_office_code'),
    /** At a unit: the approved filing that locks the project; a 重新开放 decision clears it. */
    lockedFilingId: text('locked_filing_id'),
  },
  (table) => [
    index('projects_year_idx').on(table.plannedYear),
    index('projects_stage_idx').on(table.stage),
    index('projects_unit_idx').on(table.unitName),
    index('projects_amount_idx').on(table.totalInvestmentFen),
    index('projects_updated_idx').on(table.updatedAt),
    // (name, unit) also serves the short-query search scan: narrower than the table.
    index('projects_name_unit_idx').on(table.name, table.unitName),
    index('projects_class_idx').on(table.projectClass),
    index('projects_kind_idx').on(table.kind),
    // The dashboard's money by year and funding source, read from the index alone (≈5× faster over 100k projects).
    index('projects_year_money_idx').on(
      table.plannedYear,
      table.totalInvestmentFen,
      table.fundSuperiorFen,
      table.fundLocalFiscalFen,
      table.fundSelfRaisedFen,
      table.fundSocialFen,
      table.fundOtherFen,
    ),
  ],
);

/**
 * The append-only, hash-chained history of every change. Each row's hash covers
 * its content and the previous row's hash, so an edited or deleted row breaks
 * the chain. Triggers (custom migration) refuse UPDATE and DELETE outright.
 */
export const history = sqliteTable(
  'history',
  {
    seq: integer('seq').primaryKey({ autoIncrement: true }),
    at: text('at').notNull(),
    actor: text('actor').notNull(),
    entityType: text('entity_type').notNull(),
    entityId: text('entity_id').notNull(),
    action: text('action').notNull(),
    changes: text('changes').notNull(),
    prevHash: text('prev_hash').notNull(),
    hash: text('hash').notNull(),
  },
  (table) => [index('history_entity_idx').on(table.entityType, table.entityId, table.seq)],
);

/** Small key/value settings (the office's setup, backup bookkeeping), values as JSON. */
export const settings = sqliteTable('settings', {
  key: text('key').primaryKey(),
  value: text('value').notNull(),
  updatedAt: text('updated_at').notNull().default(sql`CURRENT_TIMESTAMP`),
});

/**
 * 生命周期事件: what happened to a project and when. The event itself is kept
 * as JSON validated by shared/domain/lifecycle-events.ts on the way in and out;
 * kind and date are columns for queries.
 */
export const projectEvents = sqliteTable(
  'project_events',
  {
    seq: integer('seq').primaryKey({ autoIncrement: true }),
    id: text('id').notNull().unique(),
    projectId: text('project_id')
      .notNull()
      .references(() => projects.id),
    kind: text('kind').notNull(),
    date: text('date').notNull(),
    event: text('event').notNull(),
    recordedAt: text('recorded_at').notNull(),
  },
  (table) => [index('project_events_project_idx').on(table.projectId, table.date)],
);

/** Materials (documents) a project holds, by code; the attachment itself is a document. */
export const projectMaterials = sqliteTable(
  'project_materials',
  {
    seq: integer('seq').primaryKey({ autoIncrement: true }),
    id: text('id').notNull().unique(),
    projectId: text('project_id')
      .notNull()
      .references(() => projects.id),
    code: text('code').notNull(),
    date: text('date'),
    documentId: text('document_id'),
    recordedAt: text('recorded_at').notNull(),
  },
  (table) => [index('project_materials_project_idx').on(table.projectId)],
);

/** The facts the rules read beyond the register fields (attributes, compliance), as JSON. */
export const projectFacts = sqliteTable('project_facts', {
  projectId: text('project_id')
    .primaryKey()
    .references(() => projects.id),
  attributes: text('attributes').notNull().default('{}'),
  compliance: text('compliance').notNull().default('{}'),
  updatedAt: text('updated_at').notNull(),
});

/**
 * The findings last computed for each project, so the office-wide lists and
 * deadlines are a query, and a change rechecks only its own project.
 */
export const findings = sqliteTable(
  'findings',
  {
    seq: integer('seq').primaryKey({ autoIncrement: true }),
    projectId: text('project_id')
      .notNull()
      .references(() => projects.id),
    ruleId: text('rule_id').notNull(),
    regulation: text('regulation').notNull(),
    article: integer('article').notNull(),
    severity: text('severity').notNull(),
    message: text('message').notNull(),
    action: text('action').notNull(),
    dueDate: text('due_date'),
    asOf: text('as_of').notNull(),
  },
  (table) => [
    index('findings_project_idx').on(table.projectId),
    index('findings_due_idx').on(table.dueDate),
    index('findings_severity_idx').on(table.severity),
  ],
);

/**
 * Reasoned exceptions (不适用 / 例外): the unit states why a finding does not
 * apply. An `active` one shows the finding as 已说明; it travels in the
 * filing. `rejected` (by the review office, through its decision) or
 * `withdrawn` ones are kept, with who closed them and why: the finding is open again.
 */
export const findingExceptions = sqliteTable(
  'finding_exceptions',
  {
    id: text('id').primaryKey(),
    projectId: text('project_id')
      .notNull()
      .references(() => projects.id),
    ruleId: text('rule_id').notNull(),
    regulation: text('regulation').notNull(),
    article: integer('article').notNull(),
    reason: text('reason').notNull(),
    /** An attachment of the project that supports it (attachments.id), if any. */
    documentId: text('document_id'),
    /** Its file name, as filed (the review office keeps the unit's documents under its own ids). */
    documentName: text('document_name'),
    recordedAt: text('recorded_at').notNull(),
    recordedBy: text('recorded_by').notNull(),
    status: text('status').notNull().default('active'),
    closedAt: text('closed_at'),
    closedBy: text('closed_by'),
    /** The review office's reason when it rejected the exception. */
    rejectionReason: text('rejection_reason'),
  },
  (table) => [index('finding_exceptions_project_idx').on(table.projectId, table.status)],
);

/**
 * This installation's SM2 key pairs. One is `active`; earlier ones are
 * `rotated` (replaced, the new key signed by the old) or `revoked`. The private
 * key is stored only encrypted under the office's passphrase (scrypt +
 * AES-256-GCM, JSON in `encrypted_private_key`).
 */
export const officeKeys = sqliteTable(
  'office_keys',
  {
    seq: integer('seq').primaryKey({ autoIncrement: true }),
    /** SM3 of the DER SubjectPublicKeyInfo, hex. */
    keyId: text('key_id').notNull().unique(),
    fingerprint: text('fingerprint').notNull(),
    /** Uncompressed point, hex (04‖x‖y). */
    publicKey: text('public_key').notNull(),
    encryptedPrivateKey: text('encrypted_private_key').notNull(),
    createdAt: text('created_at').notNull(),
    status: text('status').notNull(),
    statusAt: text('status_at'),
    /** The key this one replaced, and that key's signature over the rotation statement (hex DER). */
    previousKeyId: text('previous_key_id'),
    rotationSignature: text('rotation_signature'),
    /**
     * The statement's `last:` line: per link, the last sequence the replaced key signed
     * (`<recipient>:<n>` … or `none`). Null for a rotation made before the line existed.
     */
    rotationLastSequences: text('rotation_last_sequences'),
  },
  (table) => [index('office_keys_status_idx').on(table.status)],
);

/** The trust store: other offices' public keys, confirmed by fingerprint or by a rotation signed with a trusted key. */
export const trustedKeys = sqliteTable(
  'trusted_keys',
  {
    seq: integer('seq').primaryKey({ autoIncrement: true }),
    keyId: text('key_id').notNull().unique(),
    fingerprint: text('fingerprint').notNull(),
    officeCode: text('office_code').notNull(),
    officeName: text('office_name').notNull(),
    role: text('role').notNull(),
    publicKey: text('public_key').notNull(),
    addedAt: text('added_at').notNull(),
    /** active | rotated | revoked */
    status: text('status').notNull(),
    statusAt: text('status_at'),
    statusReason: text('status_reason'),
    previousKeyId: text('previous_key_id'),
    rotationSignature: text('rotation_signature'),
    /**
     * Once rotated or revoked: the last sequence on the link to this office the key may
     * have signed (from the signed rotation statement, or at revocation from our records).
     * Bundles by the key above it are refused, whatever date they claim.
     */
    validThroughSequence: integer('valid_through_sequence'),
  },
  (table) => [index('trusted_keys_office_idx').on(table.officeCode, table.status)],
);

/**
 * Per sender → recipient link, the last bundle's sequence number and digest:
 * for bundles we send (the next sequence, the previous digest) and bundles we
 * accept (replay and rollback refused).
 */
export const exchangeLinks = sqliteTable(
  'exchange_links',
  {
    senderCode: text('sender_code').notNull(),
    recipientCode: text('recipient_code').notNull(),
    lastSequence: integer('last_sequence').notNull(),
    lastDigest: text('last_digest').notNull(),
    updatedAt: text('updated_at').notNull(),
  },
  (table) => [primaryKey({ columns: [table.senderCode, table.recipientCode] })],
);

/** Every bundle accepted here, by digest: a bundle seen again is reported as already imported. */
export const exchangeReceived = sqliteTable(
  'exchange_received',
  {
    seq: integer('seq').primaryKey({ autoIncrement: true }),
    digest: text('digest').notNull().unique(),
    bundleId: text('bundle_id').notNull(),
    senderCode: text('sender_code').notNull(),
    recipientCode: text('recipient_code').notNull(),
    sequence: integer('sequence').notNull(),
    payloadType: text('payload_type').notNull(),
    acceptedAt: text('accepted_at').notNull(),
    /** The manifest's previousDigest: a bundle that arrives late (inside a gap) must be the one this names. Null before 0008. */
    previousDigest: text('previous_digest'),
  },
  (table) => [index('exchange_received_link_idx').on(table.senderCode, table.recipientCode, table.sequence)],
);

/**
 * The other office's history-chain head as its signed filing or receipt carried it
 * (shared/exchange/payloads.ts historyHead): that office's `history verify --against`
 * this data folder finds each in its chain, at head_seq with head_hash. Append-only (triggers in 0009).
 */
export const historyAnchors = sqliteTable(
  'history_anchors',
  {
    bundleDigest: text('bundle_digest').primaryKey(),
    officeCode: text('office_code').notNull(),
    bundleSequence: integer('bundle_sequence').notNull(),
    payloadType: text('payload_type').notNull(),
    headSeq: integer('head_seq').notNull(),
    headHash: text('head_hash').notNull(),
    receivedAt: text('received_at').notNull(),
  },
  (table) => [index('history_anchors_office_idx').on(table.officeCode, table.headSeq)],
);

/**
 * Documents kept with a project (scans, PDFs). A unit's own files live in the
 * data folder under attachments/<sm3 prefix>/<sm3> (content-addressed); a
 * received one is read from the bundle it arrived in, kept whole as
 * attachments/received/<source>.gvbundle. Its SM3 and size are checked on every read.
 */
export const attachments = sqliteTable(
  'attachments',
  {
    id: text('id').primaryKey(),
    projectId: text('project_id').notNull(),
    fileName: text('file_name').notNull(),
    mediaType: text('media_type'),
    materialCode: text('material_code'),
    sm3: text('sm3').notNull(),
    size: integer('size').notNull(),
    addedAt: text('added_at').notNull(),
    /** 'local', or the digest of the bundle it arrived in. */
    source: text('source').notNull(),
  },
  (table) => [index('attachments_project_idx').on(table.projectId)],
);

/**
 * Filings: a versioned snapshot of a project (its facts, history and
 * attachments) as sent to the review office. At a unit these are the filings
 * it sent; at a review office, the filings it received. `status` follows the
 * decisions on it.
 */
export const filings = sqliteTable(
  'filings',
  {
    id: text('id').primaryKey(),
    projectId: text('project_id').notNull(),
    version: integer('version').notNull(),
    unitCode: text('unit_code').notNull(),
    unitName: text('unit_name').notNull(),
    reviewOfficeCode: text('review_office_code').notNull(),
    /** The project's register version the snapshot was taken at. */
    projectVersion: integer('project_version').notNull(),
    projectName: text('project_name').notNull(),
    plannedYear: integer('planned_year').notNull(),
    totalInvestmentFen: integer('total_investment_fen').notNull(),
    snapshot: text('snapshot').notNull(),
    snapshotSm3: text('snapshot_sm3').notNull(),
    filedAt: text('filed_at').notNull(),
    bundleDigest: text('bundle_digest').notNull(),
    status: text('status').notNull(),
    statusAt: text('status_at'),
  },
  (table) => [
    uniqueIndex('filings_project_version_idx').on(table.projectId, table.version),
    index('filings_status_idx').on(table.status, table.plannedYear),
  ],
);

/** 技术审查、财政审查 opinions recorded at the review office, with the experts who gave them. */
export const reviewOpinions = sqliteTable(
  'review_opinions',
  {
    id: text('id').primaryKey(),
    filingId: text('filing_id').notNull(),
    kind: text('kind').notNull(),
    conclusion: text('conclusion').notNull(),
    opinion: text('opinion').notNull(),
    experts: text('experts').notNull(),
    recordedAt: text('recorded_at').notNull(),
    recordedBy: text('recorded_by').notNull(),
  },
  (table) => [index('review_opinions_filing_idx').on(table.filingId)],
);

/**
 * Decisions on a filing version: made at the review office (sent in a
 * bundle, `bundleDigest` once sent) or received at the unit. `changedSince`
 * (unit only) says the project had been edited after the version reviewed.
 */
export const decisions = sqliteTable(
  'decisions',
  {
    id: text('id').primaryKey(),
    filingId: text('filing_id').notNull(),
    projectId: text('project_id').notNull(),
    filingVersion: integer('filing_version').notNull(),
    decision: text('decision').notNull(),
    body: text('body').notNull(),
    decidedOn: text('decided_on').notNull(),
    recordedAt: text('recorded_at').notNull(),
    bundleDigest: text('bundle_digest'),
    changedSince: integer('changed_since', { mode: 'boolean' }),
  },
  (table) => [index('decisions_filing_idx').on(table.filingId), index('decisions_unsent_idx').on(table.bundleDigest)],
);

/** Receipts this office sent for bundles it accepted (an acknowledgement is never itself acknowledged). */
export const exchangeAcknowledgements = sqliteTable('exchange_acknowledgements', {
  receivedDigest: text('received_digest').primaryKey(),
  ackDigest: text('ack_digest').notNull(),
  sentAt: text('sent_at').notNull(),
});
