import type { JsonBounds } from './strict-json';

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

/**
 * What the strict JSON reading (strict-json.ts) lets through, before any
 * schema runs. The schemas are stricter field by field; these bounds keep
 * every recursion over the value (zod, JSON.stringify) shallow and small.
 * The manifest is flat: four levels (entries → entry → packed) and short strings.
 */
export const MANIFEST_JSON_BOUNDS: JsonBounds = { maxDepth: 8, maxStringLength: 1_000, maxArrayLength: 20_000, maxObjectMembers: 64 };
/** A filing nests about a dozen levels (projects → history → changes → after → …); its longest text is 5,000 characters. */
export const PAYLOAD_JSON_BOUNDS: JsonBounds = { maxDepth: 32, maxStringLength: 65_536, maxArrayLength: 100_000, maxObjectMembers: 1_000 };
