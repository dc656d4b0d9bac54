/**
 * The core's words in English: error messages, the key words, the national status labels.
 * One file per language, its default export a table of every `CoreWordKey`; a server registers
 * them all through `@motcua/core/languages`, a page with the elements' file for the language.
 */
import type { CoreWordKey } from '../language.js';

const en: Record<CoreWordKey, string> = {
  'error.invalid-input': 'The information entered is not valid. Please check it.',
  'error.not-found': 'Nothing was found. Please check the code you entered.',
  'error.key-required': 'Enter the lookup key printed on your receipt to see this dossier.',
  'error.unauthorized': 'Access was refused. Please contact the one-stop desk.',
  'error.rate-limited': 'Too many lookups. Please wait a moment and try again.',
  'error.timeout': 'The system took too long to answer. Please try again.',
  'error.network': 'Could not connect. Please check your network and try again.',
  'error.server': 'The system is having a problem. Please try again later.',
  'error.bad-response': 'The system sent data that could not be read. Please try again later.',
  'error.unsupported': 'This is not available here.',
  'code.invalid': 'This is not a valid dossier code. Example: 000.00.12.H42-241105-0003',
  'procedure.invalid': 'Invalid procedure code.',
  'search.not-text': 'The search text must be a string.',
  'search.too-long': 'The search text is too long.',
  'search.bad-filter': 'Invalid search filter.',
  'key.receipt.label': 'Lookup key (optional)',
  'key.receipt.required': 'Lookup key',
  'key.receipt.hint': 'The key printed on your receipt under the code, to see the processing details',
  'key.receipt.invalid': 'The lookup key is not valid: only the letters and digits printed on your receipt.',
  'key.receipt.wrong': 'The lookup key is wrong. Please check the key printed on your receipt.',
  'key.receipt.needed': 'This office shows a dossier only with its lookup key. Please enter the key printed on your receipt.',
  'key.id-number.label': "Applicant's personal ID number (optional)",
  'key.id-number.required': "Applicant's personal ID number",
  'key.id-number.hint': "The 12 digits on the applicant's citizen ID card (CCCD), to see the processing details",
  'key.id-number.invalid': 'A personal ID number has 12 digits (or 9 on an old identity card).',
  'key.id-number.wrong': "The ID number does not match this dossier. Please enter the personal ID number of the dossier's applicant.",
  'key.id-number.needed':
    "This office shows a dossier only with the applicant's personal ID number. Please enter it (the 12 digits on the citizen ID card).",
  'key.phone.label': 'Phone number given with the dossier (optional)',
  'key.phone.required': 'Phone number given with the dossier',
  'key.phone.hint': 'The phone number written in your dossier, to see the processing details',
  'key.phone.invalid': 'A phone number has 10 digits (11 for a landline) and starts with 0.',
  'key.phone.wrong': 'The phone number does not match this dossier. Please enter the number given with the dossier.',
  'key.phone.needed': 'This office shows a dossier only with the phone number given with it. Please enter that number.',
  'restricted.receipt': 'Enter the lookup key printed on your receipt to see the processing details.',
  'restricted.id-number': "Enter the applicant's personal ID number (citizen ID card) to see the processing details.",
  'restricted.phone': 'Enter the phone number given with the dossier to see the processing details.',
  'status.1': 'Newly submitted',
  'status.2': 'Accepted',
  'status.3': 'Not accepted',
  'status.4': 'In progress',
  'status.5': 'More documents requested',
  'status.6': 'Payment of fees or taxes required',
  'status.7': 'Withdrawn by the applicant',
  'status.8': 'Processing stopped',
  'status.9': 'Processed, result ready for pickup',
  'status.10': 'Result returned',
  'timeliness.on-time': 'On time — {days} {days:day|days} left',
  'timeliness.due-today': 'Due today',
  'timeliness.due-soon': 'Due soon — {days} {days:day|days} left',
  'timeliness.overdue': 'Overdue by {days} {days:day|days}',
  'timeliness.done-on-time': 'Processed on time',
  'timeliness.done-late': 'Processed {days} {days:day|days} late',
};

export default en;
