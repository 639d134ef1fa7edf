/**
 * What the receiver accepts on a link, whatever the signer writes: the review
 * office's parameters (no regulation states them), fixed here for both ends.
 */

/** A bundle may be at most this many numbers past the last accepted on its link (a few lost bundles, not a jump to the end). */
export const MAX_SEQUENCE_JUMP = 1000;

/** expiresAt − createdAt, at most: a bundle stays importable for half a year, not for ever. */
export const MAX_VALIDITY_DAYS = 180;
