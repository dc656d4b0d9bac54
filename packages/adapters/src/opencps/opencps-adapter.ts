/**
 * OpenCPS (VietOpenCPS/opencps-v2), the open-source one-door system several provinces run.
 * A dossier is read with `GET /o/rest/v2/dossiers/{id}?secretKey=` and the site's `groupId`
 * header, where `{id}` may be the dossier number: OpenCPS checks the secret key (the
 * receipt's lookup key) itself, so the gateway passes the citizen's key through and a
 * lookup without one asks for it. The catalogue comes from `/o/rest/v2/serviceinfos`.
 */
import { isMotcuaError, MotcuaError, parseResponse, type Adapter, type SharedStore } from '@motcua/core';
import { createCatalogue } from '../catalogue.js';
import { createHttp } from '../http.js';
import { readDossier, readRecords, type DroppedFields, type SkippedRecords } from '../wire-reading.js';
import { toDossier, toProcedure } from './map.js';
import { DossierRecordSchema, ListSchema, ServiceInfoSchema } from './wire.js';

export interface OpencpsPaths {
  /** A dossier by id or number; `{id}` is replaced (default `o/rest/v2/dossiers/{id}`). */
  dossier: string;
  /** The service catalogue (default `o/rest/v2/serviceinfos`); an empty string: no catalogue (`unsupported`). */
  services: string;
}

export interface OpencpsAdapterOptions {
  /** The site's URL, e.g. `https://dichvucong.hagiang.gov.vn`. */
  baseUrl: string;
  /** The Liferay site's groupId, sent as the `groupId` header. */
  groupId: string | number;
  paths?: Partial<OpencpsPaths>;
  timeoutMs?: number;
  fetch?: typeof fetch;
  onSkippedRecords?: (report: SkippedRecords) => void;
  onDroppedFields?: (report: DroppedFields) => void;
}

const PATHS: OpencpsPaths = { dossier: 'o/rest/v2/dossiers/{id}', services: 'o/rest/v2/serviceinfos' };
const PAGE = 500;

export function opencpsAdapter(options: OpencpsAdapterOptions): Adapter {
  if (!options?.baseUrl || options.groupId === undefined || options.groupId === '') {
    throw new TypeError(
      'opencpsAdapter: baseUrl and groupId are required, e.g. opencpsAdapter({ baseUrl: "https://dichvucong.tinh.gov.vn", groupId: 35417 }).',
    );
  }
  const paths = { ...PATHS, ...options.paths };
  const base = options.baseUrl.endsWith('/') ? options.baseUrl : `${options.baseUrl}/`;
  const http = createHttp({
    timeoutMs: options.timeoutMs ?? 15_000,
    retries: 2,
    headers: { groupId: String(options.groupId) },
    ...(options.fetch ? { fetch: options.fetch } : {}),
  });

  let store: SharedStore | undefined;
  const catalogue = createCatalogue(
    async () => {
      if (!paths.services) throw new MotcuaError('unsupported', 'opencps: no catalogue path configured');
      const items: unknown[] = [];
      for (let page = 0; page < 100; page++) {
        const raw = await http.json(`${base}${paths.services}`, 'opencps serviceinfos', {
          searchParams: { start: String(page * PAGE), end: String((page + 1) * PAGE) },
        });
        const list = parseResponse(ListSchema, raw, 'opencps serviceinfos');
        const data = list.data ?? [];
        items.push(...data);
        if (data.length < PAGE || (typeof list.total === 'number' && items.length >= list.total)) break;
      }
      return {
        procedures: readRecords(items, ServiceInfoSchema, toProcedure, {
          label: 'opencps serviceinfos',
          path: 'data',
          onSkipped: options.onSkippedRecords,
        }),
      };
    },
    {},
    { key: `opencps:catalogue:${base}${paths.services}:${options.groupId}`, store: () => store },
  );

  return {
    name: 'opencps',
    checksKeys: true,
    // Its secret key (the receipt's mã tra cứu) is checked by OpenCPS itself.
    keyKind: 'receipt',
    async lookupDossier(code, { key, signal }) {
      // OpenCPS answers a dossier only to its secret key: without one there is nothing to ask.
      if (!key) throw new MotcuaError('key-required', "opencps answers a dossier only with its secret key (the receipt's lookup key)");
      let raw: unknown;
      let status = 0;
      // OpenCPS answers a wrong key, a dossier without one and an unknown dossier alike: HTTP 203
      // with the text "secretKey not sucess" (DossierManagementImpl.getDetailDossier); its own
      // kiosk reads 203 as "Mã tra cứu không chính xác". A wrong key, whatever the body.
      const refused = (detail: string) =>
        new MotcuaError('key-required', `opencps refused the secret key (HTTP ${status}${detail})`, { status });
      try {
        // In the secretCode header, as OpenCPS's own look-up page and kiosk send it (DMI l. 1130–1131):
        // a key in a query string lands in the backend's and proxies' access logs.
        raw = await http.json(`${base}${paths.dossier.replace('{id}', encodeURIComponent(code))}`, 'opencps dossier', {
          headers: { secretCode: key },
          signal,
          onHeaders: (_headers, answered) => (status = answered),
        });
      } catch (error) {
        if (status === 203) throw refused('');
        if (isMotcuaError(error) && (error.status === 401 || error.status === 403)) {
          status = error.status;
          throw refused('');
        }
        throw error;
      }
      if (status === 203) throw refused(typeof raw === 'string' ? `: ${raw.slice(0, 40)}` : '');
      // Some versions answer an unknown id with 200 and an empty object.
      if (raw === null || (typeof raw === 'object' && Object.keys(raw).length === 0))
        throw new MotcuaError('not-found', `opencps has no dossier ${code}`);
      return readDossier(raw, DossierRecordSchema, toDossier, { label: 'opencps dossier', code, onDropped: options.onDroppedFields });
    },
    ...catalogue,
    attachStore(shared) {
      store = shared;
    },
    async ping({ signal }) {
      // A catalogue page is the cheapest call that needs no secret key.
      await http
        .json(`${base}${paths.services || paths.dossier.replace('{id}', '0')}`, 'opencps ping', {
          searchParams: { start: '0', end: '1' },
          signal,
          retries: 0,
        })
        .catch((error: unknown) => {
          if (!(isMotcuaError(error) && error.kind === 'not-found')) throw error;
        });
    },
  };
}
