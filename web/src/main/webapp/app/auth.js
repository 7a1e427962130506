// Signing in and out through Keycloak (OIDC code flow with PKCE, public client "dyadcare-ui").
// Tokens live in memory only; the page asks Keycloak again after a reload.
import Keycloak from '/vendor/keycloak.js';
import { saveDrafts, forgetAllDrafts } from './forms.js';

const STAFF_ROLES = ['clinician', 'scheduler', 'centre-admin'];
const RETURN_TO = 'dyadcare.returnTo';

let keycloak;

/** Who is signed in: username, name, staff roles and centres (from the access token). */
export const session = { username: '', name: '', roles: [], centres: [] };

/** Answers "signed-out", "refused" or "signed-in"; starts Keycloak's sign-in when needed. */
export async function start() {
  const params = new URLSearchParams(location.search);
  if (params.has('signed-out') || params.has('refused')) {
    history.replaceState(null, '', '/');
    return params.has('refused') ? 'refused' : 'signed-out';
  }
  const config = await (await fetch('/ui/config.json')).json();
  keycloak = new Keycloak(config);
  const authenticated = await keycloak.init({ pkceMethod: 'S256', checkLoginIframe: false, responseMode: 'query' });
  if (!authenticated) {
    await signIn();
    return 'redirecting';
  }
  const token = keycloak.tokenParsed;
  session.username = token.preferred_username;
  session.name = token.name || token.preferred_username;
  session.roles = (token.realm_access?.roles || []).filter((role) => STAFF_ROLES.includes(role));
  session.centres = token.centres || [];
  if (!session.roles.length) {
    // Payers and anyone else without a staff role: end the Keycloak session they just started.
    await keycloak.logout({ redirectUri: `${location.origin}/?refused` });
    return 'redirecting';
  }
  const returnTo = sessionStorage.getItem(RETURN_TO);
  if (returnTo) {
    sessionStorage.removeItem(RETURN_TO);
    history.replaceState(null, '', `/${returnTo}`);
  }
  return 'signed-in';
}

/** Sends the browser to Keycloak's sign-in page, coming back to where it was. */
export function signIn() {
  sessionStorage.setItem(RETURN_TO, location.hash || '#/');
  if (!keycloak) {
    // After signing out nothing is initialised yet: starting afresh leads to Keycloak's sign-in.
    location.assign('/');
    return Promise.resolve();
  }
  return keycloak.login({ redirectUri: `${location.origin}/` });
}

/** Ends the Keycloak session (every tab), then shows the signed-out page. */
export function signOut() {
  forgetAllDrafts();
  sessionStorage.removeItem(RETURN_TO);
  return keycloak.logout({ redirectUri: `${location.origin}/?signed-out` });
}

export function hasRole(...roles) {
  return roles.some((role) => session.roles.includes(role));
}

/** A fresh access token; when the session has expired, keeps the forms' contents and signs in again. */
export async function accessToken() {
  try {
    await keycloak.updateToken(30);
    return keycloak.token;
  } catch {
    await sessionExpired();
    throw new Error('Your session has ended; signing you in again.');
  }
}

const REAUTHENTICATED = 'dyadcare.reauthenticatedAt';
let signingInAgain = null;

/**
 * The session ended or an admin changed the account: keep what was typed, then sign in again
 * (once, however many requests noticed). If the server refused even the previous fresh sign-in,
 * say so instead of going round in circles.
 */
export function sessionExpired() {
  signingInAgain ??= (async () => {
    const last = Number(sessionStorage.getItem(REAUTHENTICATED) || 0);
    if (Date.now() - last < 30000) {
      throw new Error('The server does not accept your sign-in. Your account may have been changed or disabled; ask your centre admin.');
    }
    sessionStorage.setItem(REAUTHENTICATED, String(Date.now()));
    saveDrafts();
    await signIn();
  })();
  return signingInAgain;
}
