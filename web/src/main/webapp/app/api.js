// The REST API as the browser sees it: JSON in and out, RFC 9457 problems turned into ApiError.
import { accessToken, sessionExpired } from './auth.js';

export class ApiError extends Error {
  constructor(status, problem) {
    super(problem.detail || problem.title || `The server answered ${status}.`);
    this.status = status;
    this.problem = problem;
  }

  /** [{field, message}] for the fields the server refused. */
  get fieldErrors() {
    return this.problem.errors || [];
  }

  /** Series booking clashes: [{occurrence, localStartsAt, problems, alternatives}]. */
  get conflicts() {
    return this.problem.conflicts || [];
  }
}

async function request(method, path, body) {
  const token = await accessToken();
  const headers = { Authorization: `Bearer ${token}`, Accept: 'application/json' };
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  const response = await fetch(path, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
  if (response.status === 401) {
    // The session ended, or an admin changed this account: sign in again, keeping typed forms.
    await sessionExpired();
  }
  const text = await response.text();
  let json = null;
  try {
    json = text ? JSON.parse(text) : null;
  } catch {
    json = { title: response.statusText, detail: text.slice(0, 200) };
  }
  if (!response.ok) throw new ApiError(response.status, json || { title: response.statusText });
  return json;
}

export const api = {
  get: (path) => request('GET', path),
  post: (path, body = {}) => request('POST', path, body),
  put: (path, body = {}) => request('PUT', path, body),
  delete: (path) => request('DELETE', path),
};

/** Builds a query string from an object, skipping empty values. */
export function query(params) {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value !== undefined && value !== null && value !== '') search.set(key, value);
  }
  const text = search.toString();
  return text ? `?${text}` : '';
}
