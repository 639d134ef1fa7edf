/** The names of the contract's excel.* methods (see ../excel.ts); the preload imports only names. */
export const EXCEL_METHOD_NAMES = [
  'excel.previewLedger',
  'excel.ledgerSheet',
  'excel.validateLedger',
  'excel.importLedger',
  'excel.discardLedger',
  'excel.export',
] as const;
