// Field shapes every message schema uses: strings and lists with the limits of lib/limits.ts.
import * as z from 'zod/mini';
import { TEXT_LIMITS } from './limits';

export const text = (max: number) => z.string().check(z.maxLength(max));
export const nonEmpty = (max: number) => z.string().check(z.minLength(1), z.maxLength(max));
export const list = <T extends z.core.SomeType>(item: T, max: number) => z.array(item).check(z.maxLength(max));

/** The newspaper's name and the issue's date (YYYY-MM-DD), when a page shows them. */
export const PaperSchema = nonEmpty(TEXT_LIMITS.paper);
export const IssueDateSchema = z.iso.date();
