/** What `<motcua-provider>` shares with the elements inside it. */
import { createContext } from '@lit/context';
import type { MotcuaClient } from '@motcua/core';
import type { Lang } from './i18n.js';

export interface MotcuaSettings {
  client?: MotcuaClient;
  lang?: Lang;
}

export const motcuaContext = createContext<MotcuaSettings>(Symbol('motcua-settings'));
