/** The base of every motcua element: language, strings, and a typed `emit()`. */
import { ContextConsumer } from '@lit/context';
import { loadLanguage } from '@motcua/core';
import { LitElement } from 'lit';
import { motcuaContext, type MotcuaSettings } from './context.js';
import type { MotcuaEventDetails, MotcuaEventName } from './events.js';
import { translate, type Lang, type StringTable } from './i18n.js';
import { LangController } from './lang-controller.js';

/** `K`: the keys of the element's string table, so `t()` only takes words the element has. */
export class MotcuaElement<K extends string = never> extends LitElement {
  /** The element's words (its `*.strings.ts`). */
  static strings: StringTable = {};

  /** The element's tag name. */
  static tag: string;

  /** Registers the element under its tag, unless something already did. */
  static define(): void {
    if (!customElements.get(this.tag)) customElements.define(this.tag, this);
  }

  /** Settings from an enclosing <motcua-provider>, if any. */
  protected readonly provided = new ContextConsumer(this, { context: motcuaContext, subscribe: true });

  private readonly langController = new LangController(this, () => this.settings.lang);

  static override get observedAttributes(): string[] {
    return [...super.observedAttributes, 'lang'];
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    super.attributeChangedCallback(name, old, value);
    if (name === 'lang') this.requestUpdate();
  }

  /**
   * A language whose file loads on first use (English, see i18n.ts) is waited for before the
   * update, so a page never shows a mix (and `updateComplete` waits for it too); if it cannot
   * load, the element speaks Vietnamese.
   */
  protected override scheduleUpdate(): void | Promise<unknown> {
    const loading = loadLanguage(this.language);
    return loading ? loading.then(() => super.scheduleUpdate()) : super.scheduleUpdate();
  }

  protected get settings(): MotcuaSettings {
    return this.provided.value ?? {};
  }

  /** The element's own `lang`, else the provider's, else the nearest `[lang]` ancestor: a registered language, else Vietnamese. */
  get language(): Lang {
    return this.langController.value;
  }

  /** The element's own `lang` attribute, resolved, if it has one. */
  protected get ownLanguage(): Lang | undefined {
    return this.langController.own;
  }

  protected t(key: K, args?: Record<string, string | number>): string {
    return translate(this.language, (this.constructor as typeof MotcuaElement).strings, key, args);
  }

  /** Fires a typed, bubbling, composed event; returns false if a listener called preventDefault(). */
  protected emit<K extends MotcuaEventName>(name: K, detail: MotcuaEventDetails[K], options: { cancelable?: boolean } = {}): boolean {
    return this.dispatchEvent(new CustomEvent(name, { detail, bubbles: true, composed: true, cancelable: options.cancelable ?? false }));
  }
}
