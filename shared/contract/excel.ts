/** The contract's excel.* methods: each with its zod input and output schemas. */
export const excelMethods = {} as const;
