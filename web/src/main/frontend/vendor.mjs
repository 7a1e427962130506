// Copies the browser code the UI needs out of node_modules into target/frontend, which the WAR
// plugin adds to the web application (served at /vendor/...).
import { copyFileSync, mkdirSync } from 'node:fs';

const out = new URL('../../../target/frontend/vendor/', import.meta.url);
mkdirSync(out, { recursive: true });
copyFileSync(new URL('node_modules/keycloak-js/lib/keycloak.js', import.meta.url), new URL('keycloak.js', out));
