/**
 * Dossier answers shared by every gateway instance for `dossierSeconds`: behind a round-robin
 * balancer a citizen's second look (or a family's three phones) reaches another instance,
 * which should not ask the backend again. Only look-ups without a key are shared — a backend
 * that checks keys answers per key. The answer holds personal data: it stays in the gateway's
 * own Redis, for seconds, like the in-process cache it extends.
 */
import type { Adapter, Dossier, SharedStore } from '@motcua/core';

export function withSharedDossiers(adapter: Adapter, store: SharedStore, ttlMs: number): Adapter {
  if (ttlMs <= 0) return adapter;
  const shared: Adapter = Object.create(adapter) as Adapter;
  shared.lookupDossier = async (code, options) => {
    if (options.key) return adapter.lookupDossier(code, options);
    const key = `dossier:${adapter.name}:${code}`;
    const cached = await store.get(key).catch(() => undefined);
    if (cached) return JSON.parse(cached) as Dossier;
    const dossier = await adapter.lookupDossier(code, options);
    await store.set(key, JSON.stringify(dossier), ttlMs).catch(() => undefined);
    return dossier;
  };
  return shared;
}
