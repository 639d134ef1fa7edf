import { z } from 'zod';

/**
 * What only the desktop shell can do: native file dialogs (a USB stick, a
 * share). In the browser route the method answers `available: false` and the
 * screens offer a path box and the inbox folder instead.
 */
export const FILE_PURPOSES = ['openBundle', 'saveBundle'] as const;

export const shellMethods = {
  'shell.chooseFile': {
    input: z.object({ purpose: z.enum(FILE_PURPOSES), defaultName: z.string().max(255).optional() }),
    output: z.object({ available: z.boolean(), path: z.string().nullable() }),
  },
} as const;
