/** The contract's dashboard.* methods: each with its zod input and output schemas. */
export const dashboardMethods = {} as const;
