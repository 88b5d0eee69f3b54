// The shell: login (a pasted token, kept in sessionStorage, checked with GET /me), navigation
// filtered by role, the NL/EN switch (kept in localStorage, Dutch by default, <html lang> follows),
// and a hash router that renders one view at a time into <main>.
import { ApiError, createApi } from './api.ts';
import { h, replace } from './dom.ts';
import { createFormat } from './format.ts';
import { translator } from './i18n.ts';
import { hashOf, resolveRoute, viewsFor } from './router.ts';
import { storedLang, storedToken, storeLang, storeToken, whoAmI, type Me } from './session.ts';
import { shellMessages } from './shell-messages.ts';
import type { Lang, View, ViewContext } from './view.ts';
import { views } from './views/index.ts';

type State = { lang: Lang; me: Me | undefined; cleanup: (() => void) | undefined; renders: number };

const state: State = { lang: storedLang(), me: undefined, cleanup: undefined, renders: 0 };
const api = createApi('', storedToken);
const $ = (id: string) => document.getElementById(id)!;
const shellT = () => translator(state.lang, shellMessages);

function renderChrome(): void {
  const t = shellT();
  document.documentElement.lang = state.lang;
  document.querySelector('.skip-link')!.textContent = t('shell.skip');
  const nav = $('nav');
  nav.setAttribute('aria-label', t('shell.nav'));
  const visible = state.me ? viewsFor(views, state.me.role) : [];
  const current = location.hash.replace(/^#\/?/, '').split('/')[0];
  replace(
    nav,
    visible.length > 0 &&
      h(
        'ul',
        {},
        visible.map((v) =>
          h(
            'li',
            {},
            h(
              'a',
              { href: hashOf(v.route), 'aria-current': v.route === current ? 'page' : null },
              translator(state.lang, v.messages, shellMessages)(v.title),
            ),
          ),
        ),
      ),
  );
  renderSession(t);
}

function renderSession(t: ReturnType<typeof shellT>): void {
  const me = state.me;
  const other: Lang = state.lang === 'nl' ? 'en' : 'nl';
  replace(
    $('session'),
    me &&
      h(
        'span',
        { class: 'who' },
        t('shell.loggedInAs', { name: me.name, role: t(`role.${me.role}`) }),
        me.region ? ` · ${t('shell.region', { region: me.region })}` : '',
      ),
    h(
      'button',
      {
        type: 'button',
        lang: other,
        'aria-label': t('shell.language.switchLabel'),
        onclick: () => switchLang(other),
      },
      t('shell.language.switch'),
    ),
    me && h('button', { type: 'button', onclick: logout }, t('shell.logout')),
  );
}

function switchLang(lang: Lang): void {
  state.lang = lang;
  storeLang(lang);
  renderChrome();
  void route();
}

function logout(): void {
  storeToken(null);
  state.me = undefined;
  location.hash = '';
  renderChrome();
  void route();
}

function announce(text: string): void {
  $('announcer').textContent = text;
}

function contextFor(view: View, me: Me): ViewContext {
  return {
    api,
    lang: state.lang,
    t: translator(state.lang, view.messages, shellMessages),
    fmt: createFormat(state.lang),
    role: me.role,
    ...(me.region ? { region: me.region } : {}),
    navigate: (hash) => {
      location.hash = hash;
    },
  };
}

async function route(): Promise<void> {
  state.cleanup?.();
  state.cleanup = undefined;
  const render = ++state.renders;
  const main = $('main');
  const t = shellT();
  if (!state.me) return renderLogin(main);
  renderChrome();
  const resolved = resolveRoute(location.hash, views, state.me.role);
  if (resolved.kind !== 'view') return renderMessage(main, resolved.kind, t);
  const { view, params } = resolved;
  // Each render gets its own element: a slow render that a newer route has overtaken then writes
  // into a detached element, never over the page that replaced it.
  const root = h('div', { class: 'view' }, h('p', { role: 'status' }, t('shell.loading')));
  replace(main, root);
  try {
    const cleanup = await view.render(root, contextFor(view, state.me), params);
    if (render !== state.renders) cleanup?.();
    else if (cleanup) state.cleanup = cleanup;
    const title = translator(state.lang, view.messages, shellMessages)(view.title);
    document.title = `${title} · rotonde`;
    announce(title);
  } catch (e) {
    if (render !== state.renders) return;
    if (e instanceof ApiError && e.status === 401) return logout();
    replace(
      root,
      h('p', { role: 'alert', class: 'error' }, t('error.generic', { message: (e as Error).message })),
    );
  }
}

function renderMessage(
  main: HTMLElement,
  kind: 'home' | 'forbidden' | 'not-found',
  t: ReturnType<typeof shellT>,
) {
  const me = state.me!;
  const first = viewsFor(views, me.role)[0];
  if (kind === 'home' && first) {
    location.replace(hashOf(first.route));
    return;
  }
  const text =
    kind === 'home'
      ? t('shell.noViews', { role: t(`role.${me.role}`) })
      : t(kind === 'forbidden' ? 'shell.forbidden' : 'shell.notFound');
  replace(main, h('h1', {}, 'rotonde'), h('p', { role: kind === 'home' ? null : 'alert' }, text));
}

function renderLogin(main: HTMLElement): void {
  renderChrome();
  const t = shellT();
  document.title = `${t('login.title')} · rotonde`;
  const error = h('p', { role: 'alert', class: 'error', id: 'login-error' });
  const input = h('input', {
    id: 'token',
    name: 'token',
    type: 'password',
    autocomplete: 'off',
    required: true,
    spellcheck: 'false',
  });
  const form = h(
    'form',
    { class: 'login', 'aria-describedby': 'login-intro' },
    h('label', { for: 'token' }, t('login.token')),
    input,
    h('button', { type: 'submit' }, t('login.submit')),
    error,
  );
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    void login(input.value.trim(), error);
  });
  replace(main, h('h1', {}, t('login.title')), h('p', { id: 'login-intro' }, t('login.intro')), form);
}

async function login(token: string, error: HTMLElement): Promise<void> {
  const t = shellT();
  storeToken(token);
  try {
    state.me = await whoAmI(api);
  } catch (e) {
    storeToken(null);
    error.textContent =
      e instanceof ApiError && e.status === 401
        ? t('login.invalid')
        : t('login.failed', { message: (e as Error).message });
    return;
  }
  renderChrome();
  await route();
  $('main').focus();
}

async function start(): Promise<void> {
  if (storedToken()) {
    try {
      state.me = await whoAmI(api);
    } catch {
      storeToken(null);
    }
  }
  window.addEventListener('hashchange', () => {
    void route().then(() => $('main').focus());
  });
  renderChrome();
  await route();
}

void start();
