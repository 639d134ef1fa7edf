/**
 * What a bundle may hold. The reader enforces every limit while it reads
 * (bytes are counted as they inflate; the sizes a ZIP header declares are
 * never trusted). The writer refuses to produce a bundle the reader would refuse.
 */
export interface BundleLimits {
  /** The bundle file. Below 4 GiB: the format has no ZIP64. */
  maxBundleBytes: number;
  /** Payload entries plus manifest.json and manifest.sig. */
  maxEntries: number;
  maxManifestBytes: number;
  /** payload.json is parsed in memory; attachments are streamed. */
  maxPayloadJsonBytes: number;
  maxEntryBytes: number;
  /** All entries inflated, together. */
  maxTotalBytes: number;
  /**
   * Inflated ÷ deflated, checked once an entry has inflated past
   * `ratioFloorBytes`. Real documents deflate by 2–20×; deflate itself cannot
   * pass ~1,032×. The writer stores (does not deflate) anything whose samples
   * pass 100×, so its own bundles stay well inside this.
   */
  maxCompressionRatio: number;
  ratioFloorBytes: number;
}

const MiB = 1024 * 1024;

export const DEFAULT_BUNDLE_LIMITS: BundleLimits = {
  maxBundleBytes: 4 * 1024 * MiB - 1,
  maxEntries: 20_000,
  maxManifestBytes: 8 * MiB,
  maxPayloadJsonBytes: 64 * MiB,
  maxEntryBytes: 1024 * MiB,
  maxTotalBytes: 8 * 1024 * MiB,
  maxCompressionRatio: 500,
  ratioFloorBytes: 1 * MiB,
};

/** The largest signature a DER-encoded SM2 (r, s) pair can be. */
export const MAX_SIGNATURE_BYTES = 72;
