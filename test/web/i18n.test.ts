// Translations: the view's words first, then the shell's; a missing key shows itself; every
// message of every view exists in both languages.
import { describe, expect, it } from 'vitest';
import { interpolate, missingKeys, translator } from '../../src/web/i18n.ts';
import { shellMessages } from '../../src/web/shell-messages.ts';
import { boardMessages } from '../../src/web/views/board-messages.ts';
import { capacityMessages } from '../../src/web/views/capacity-messages.ts';
import { view as board } from '../../src/web/views/planner-board.ts';
import { view as resources } from '../../src/web/views/resources.ts';

describe('translations', () => {
  it('fills placeholders and leaves unknown ones as written', () => {
    expect(interpolate('{n} of {m}', { n: 3 })).toBe('3 of {m}');
  });

  it('prefers the view’s words to the shell’s, and shows a missing key as itself', () => {
    const t = translator('en', { en: { 'shell.logout': 'Sign off' }, nl: {} }, shellMessages);
    expect(t('shell.logout')).toBe('Sign off');
    expect(t('login.submit')).toBe('Log in');
    expect(t('no.such.key')).toBe('no.such.key');
  });

  it('has every message in both languages', () => {
    for (const messages of [
      shellMessages,
      boardMessages,
      capacityMessages,
      board.messages,
      resources.messages,
    ])
      expect(missingKeys(messages)).toEqual({ en: [], nl: [] });
    expect(missingKeys({ en: { a: 'A' }, nl: {} })).toEqual({ en: [], nl: ['a'] });
  });

  it('names each view’s title in both languages', () => {
    for (const v of [board, resources]) {
      expect(v.messages.en[v.title]).toBeTruthy();
      expect(v.messages.nl[v.title]).toBeTruthy();
    }
  });
});
