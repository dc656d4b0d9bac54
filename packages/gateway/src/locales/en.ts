/**
 * The gateway's own words in English (its pages, its refusals, a push's text). One file per
 * language, its default export a table of every `GatewayWordKey`, registered in ../languages.ts
 * beside the core's table of the same language; the core's words (status labels, timeliness,
 * key words, error messages) are the core's file's.
 */
import type { GatewayWordKey } from '../words.js';

const en: Record<GatewayWordKey, string> = {
  'gateway.language': 'English',
  'gateway.page.languages': 'Language',
  'gateway.page.title': 'Look up a dossier',
  'gateway.page.not-found': 'Page not found',
  'gateway.page.not-found-text': 'There is no page at this address: the link may be mistyped or out of date.',
  'gateway.page.home': 'Go to the home page',
  'gateway.page.failed': 'The dossier could not be looked up',
  'gateway.page.dossier': 'Dossier {code}',
  'gateway.page.result': 'Dossier lookup result',
  'gateway.page.result-of': 'Lookup result for dossier {code}',
  'gateway.page.code': 'Dossier code',
  'gateway.page.submit': 'Look up',
  'gateway.page.either-key': "Lookup key or the applicant's personal ID number (optional)",
  'gateway.page.either-key-required': "Lookup key or the applicant's personal ID number",
  'gateway.page.either-key-hint':
    "The lookup key printed on your receipt; if the receipt has none, the personal ID number (citizen ID card) of the dossier's applicant.",
  'gateway.page.procedure': 'Procedure',
  'gateway.page.status': 'Status',
  'gateway.page.office-status': "The office's status",
  'gateway.page.timeliness': 'Progress',
  'gateway.page.appointment': 'Result due',
  'gateway.page.agency': 'Received at',
  'gateway.page.applicant': 'Applicant',
  'gateway.page.delivery': 'Result handed over',
  'gateway.page.delivery-postal': 'By post',
  'gateway.page.delivery-in-person': 'At the one-stop desk',
  'gateway.page.steps': 'Processing steps',
  'gateway.push.body': 'Dossier {code}. Tap to see the details.',
  'gateway.error.foreign-post': 'This website may not send look-ups to the gateway. Please use the province or city public service portal.',
  'gateway.error.key-in-url':
    'For your safety, an ID or phone number must not be put in a link. Please type it into the lookup box on the page instead.',
  'gateway.error.rate-limited': 'Too many lookups. Please wait {minutes} {minutes:minute|minutes} and try again.',
  'gateway.error.backend-unreachable': "The office's system is not answering right now. Please try again in a few minutes.",
  'gateway.error.backend-busy': "The office's system is busy. Please try again in a few minutes.",
  'gateway.error.no-route': 'There is no such address on this gateway. Its addresses are listed at /openapi.json.',
  'gateway.error.method': 'This address does not take {method} requests; it takes {allowed}.',
  'gateway.error.too-large':
    'What was sent is too long to be accepted. Please enter only the dossier code and the lookup key, then try again.',
  'gateway.error.media-type': 'What was sent is not in a form that is accepted: only a form or JSON.',
  'gateway.error.paused':
    'Seeing the details of this dossier is paused: too many wrong entries were tried. Its status can still be seen; please try again in a few minutes.',
  'gateway.follow.nothing-to-tell': 'Following needs the browser to subscribe to notifications.',
  'gateway.follow.bad-subscription':
    'The browser sent a notification subscription that is not valid. Please reload the page and try again.',
  'gateway.follow.dossier-full': 'Too many browsers already follow this dossier.',
  'gateway.follow.endpoint-full': 'This browser follows too many dossiers. Stop following those that are finished, then try again.',
  'gateway.follow.not-yours': 'This is not the browser that followed. Stop from that browser, or give the lookup key.',
  'gateway.follow.no-proof': "Stopping needs the browser's subscription secret or the lookup key.",
  'gateway.follow.push-unreachable': "The browser's notification service could not be reached. Please try again in a few minutes.",
  'gateway.follow.store-down': 'Following is not available right now. Please try again later.',
  'gateway.root': 'The motcua gateway is running. City portals call this API; see /openapi.json.',
};

export default en;
