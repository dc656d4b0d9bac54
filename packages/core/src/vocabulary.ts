/**
 * The model's closed word lists, free of zod: the client checks a caller's filters with them
 * before the schemas (loaded with the first answer) are there.
 */

/** Administrative level. `district` is kept for dossiers and catalogues from before July 2025. */
export const LEVELS = ['province', 'district', 'commune'] as const;
export const ONLINE_SERVICES = ['full', 'partial', 'none'] as const;
