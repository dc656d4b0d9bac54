export { createGateway, DEFAULT_LIMITS, type GatewayLimits, type GatewayOptions } from './app.js';
export { loadConfig, GatewayConfigSchema, ConfigError, type GatewayConfig, type AdapterConfig } from './config.js';
export { adapterFromConfig } from './adapter-from-config.js';
export { serve, type ServeOptions } from './serve.js';
export { maskName, publicView, fullView, keyMatches } from './privacy.js';
export { verifyWebhook } from './follow/webhooks.js';
export { generateVapidKeys } from './follow/push.js';
