// zod/mini carries no error messages of its own (that keeps the content
// script small); where a person reads validation errors (the background's log,
// import and corpus errors, the CLI) this module switches English messages on.
import * as z from 'zod/mini';
import { en } from 'zod/locales';

z.config(en());

/** The issues of a failed parse, one per line, with their paths. */
export const describeError = (error: z.core.$ZodError): string => z.prettifyError(error);

/** Where an issue is, as `pages[3].mentions[0].key`; empty for the whole value. */
export const pathOf = (issue: z.core.$ZodIssue): string => z.core.toDotPath(issue.path);
