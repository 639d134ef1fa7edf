/** The names of the contract's dashboard.* methods (see ../dashboard.ts); the preload imports only names. */
export const DASHBOARD_METHOD_NAMES = ['dashboard.summary'] as const;
