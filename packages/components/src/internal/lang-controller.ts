/**
 * The language of an element or a provider, kept current: its own `lang`, else what a
 * provider set, else the nearest `[lang]` ancestor or `<html lang>` — the language it names
 * among the registered ones (`en-GB` is English), else Vietnamese. The host re-renders when the page's `lang` changes; its own `lang` it observes
 * itself (MotcuaElement: an attribute change must re-render before `updateComplete`).
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { resolveLang } from '@motcua/core';
import type { Lang } from './i18n.js';

type Host = ReactiveControllerHost & HTMLElement;

/** One observer of `<html lang>` for every connected host. */
const hosts = new Set<Host>();
let pageObserver: MutationObserver | undefined;

/** Words registered after the elements rendered (a portal's own, a language added): each says them now. */
export function rerenderHosts(): void {
  hosts.forEach((host) => host.requestUpdate());
}

export class LangController implements ReactiveController {
  constructor(
    private readonly host: Host,
    /** What a provider set, if anything. */
    private readonly provided: () => Lang | undefined = () => undefined,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    hosts.add(this.host);
    if (typeof MutationObserver === 'undefined') return;
    pageObserver ??= new MutationObserver(rerenderHosts);
    pageObserver.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'] });
  }

  hostDisconnected(): void {
    hosts.delete(this.host);
  }

  /** The host's own `lang`, if it has one. */
  get own(): Lang | undefined {
    const lang = this.host.getAttribute('lang');
    return lang ? resolveLang(lang) : undefined;
  }

  get value(): Lang {
    return this.own ?? this.provided() ?? resolveLang(this.host.closest('[lang]')?.getAttribute('lang') ?? document.documentElement.lang);
  }
}
