// Languages as files: a language registered in one file (the test-only x-pseudo) speaks in
// every message and word of the core; the resolver finds registered languages by tag.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import '../../../test/helpers/x-pseudo.js';
import { createClient } from './client.js';
import { ERROR_MESSAGES, INVALID_CODE_MESSAGE, KEY_NEEDED_MESSAGE, MotcuaError, type ErrorKind } from './errors.js';
import { KEY_KINDS } from './key-kind.js';
import { KEY_WORDS, RESTRICTED_WORDS } from './key-words.js';
import { loadLanguage, registerLanguage, resolveLang, textIn } from './language.js';
import en from './locales/en.js';
import { DOSSIER_STATUSES } from './status/codes.js';

/** Pseudo text: bracketed, and no run of three plain letters (every English word was accented). */
const isPseudo = (text: string) =>
  text.startsWith('[') && text.endsWith(']') && !/[a-z]{3}/i.test(text.replace(/\{\w+\}|\d+\.\d+\.\d+\.H42-\d+-\d+/g, ''));

describe('languages', () => {
  it('give every core message and word in a language registered by one file', () => {
    const texts = [
      ...Object.values(ERROR_MESSAGES),
      INVALID_CODE_MESSAGE,
      ...KEY_KINDS.flatMap((kind) => Object.values(KEY_WORDS[kind])),
      ...Object.values(RESTRICTED_WORDS),
      ...Object.values(DOSSIER_STATUSES).map((s) => s.label),
    ];
    for (const text of texts) {
      const shown = textIn(text, 'x-pseudo');
      assert.ok(isPseudo(shown), `not in x-pseudo: ${shown}`);
      assert.notEqual(shown, text.vi);
    }
    for (const kind of Object.keys(ERROR_MESSAGES) as ErrorKind[])
      assert.ok(isPseudo(new MotcuaError(kind, 'test').messageIn('x-pseudo')), kind);
    assert.ok(isPseudo(new MotcuaError('key-required', 'test', { messages: KEY_NEEDED_MESSAGE }).messageIn('x-pseudo')));
  });

  it('give the client’s own refusals in it', async () => {
    const client = createClient({
      adapter: {
        name: 'none',
        lookupDossier: () => Promise.reject(new Error('not called')),
        searchProcedures: () => Promise.reject(new Error('not called')),
      } as never,
    });
    await assert.rejects(
      client.dossiers.lookup('not a code'),
      (e: MotcuaError) => isPseudo(e.messageIn('x-pseudo')) && e.message === INVALID_CODE_MESSAGE.vi,
    );
    await assert.rejects(client.procedures.search(42 as unknown as string), (e: MotcuaError) => isPseudo(e.messageIn('x-pseudo')));
  });

  it('has a word for every key of the core in every shipped language', () => {
    const keys = new Set(Object.keys(en));
    const texts = [
      ...Object.values(ERROR_MESSAGES),
      ...KEY_KINDS.flatMap((kind) => Object.values(KEY_WORDS[kind])),
      ...Object.values(RESTRICTED_WORDS),
      ...Object.values(DOSSIER_STATUSES).map((s) => s.label),
    ];
    for (const text of texts) assert.ok(keys.has(text.key!), `en has no ${text.key}`);
  });

  it('resolves a tag to a registered language: the whole tag, else its primary subtag, else Vietnamese', () => {
    assert.equal(resolveLang('x-pseudo'), 'x-pseudo');
    assert.equal(resolveLang('X-Pseudo'), 'x-pseudo');
    assert.equal(resolveLang('vi-VN'), 'vi');
    assert.equal(resolveLang('de-DE'), 'vi');
    assert.equal(resolveLang(undefined), 'vi');
    // An Accept-Language header: the first language known, q=0 meaning "not this one".
    assert.equal(resolveLang('de-DE,de;q=0.9,x-pseudo;q=0.8'), 'x-pseudo');
    assert.equal(resolveLang('x-pseudo;q=0, vi;q=0.5'), 'vi');
  });

  it('loads a language from its file on first use, under the words a portal registered before', async () => {
    registerLanguage('x-later', () => Promise.resolve({ default: { 'error.timeout': 'Later (file)', 'error.server': 'Server (file)' } }));
    registerLanguage('x-later', { 'error.server': 'Server (portal)' });
    assert.equal(resolveLang('x-later-XX'), 'x-later');
    assert.equal(
      ERROR_MESSAGES.timeout && textIn(ERROR_MESSAGES.timeout, 'x-later'),
      ERROR_MESSAGES.timeout.vi,
      'Vietnamese until the file is there',
    );
    await loadLanguage('x-later');
    assert.equal(textIn(ERROR_MESSAGES.timeout, 'x-later'), 'Later (file)');
    assert.equal(textIn(ERROR_MESSAGES.server, 'x-later'), 'Server (portal)');
    assert.equal(loadLanguage('x-later'), undefined, 'loaded once');
  });

  it('serialises a text as { vi, en }, the gateway’s wire format', () => {
    assert.deepEqual(Object.keys(JSON.parse(JSON.stringify(ERROR_MESSAGES.network))), ['vi', 'en']);
  });
});
