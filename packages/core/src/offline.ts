/**
 * The header motcua's service worker puts on a catalogue answer it kept, with the time it kept
 * it: the REST adapter turns it into `storedAt`, and the elements say the data may be old.
 */
export const STORED_AT_HEADER = 'x-motcua-stored-at';
