// The one way the page talks to Rondo's REST API: bearer token, JSON, problem+json errors as ApiError.

const TOKEN_KEY = 'rondo.session';

/** An answer that was not 2xx: status plus the RFC 9457 problem body (title, detail, errors[{field, message}]). */
export class ApiError extends Error {
  constructor(status, problem) {
    super(problem?.detail || problem?.title || `HTTP ${status}`);
    this.status = status;
    this.problem = problem || {};
  }

  /** The message for one field, as the server named it (e.g. "name" or "windows[0].to"), or undefined. */
  fieldMessage(field) {
    return (this.problem.errors || []).find((e) => e.field === field)?.message;
  }
}

export function session() {
  const raw = sessionStorage.getItem(TOKEN_KEY);
  return raw ? JSON.parse(raw) : null;
}

export function saveSession(value) {
  if (value) {
    sessionStorage.setItem(TOKEN_KEY, JSON.stringify(value));
  } else {
    sessionStorage.removeItem(TOKEN_KEY);
  }
}

/** Calls the API; resolves to the parsed JSON (or null for 204), rejects with ApiError. */
export async function api(method, path, body, headers = {}) {
  const s = session();
  const init = { method, headers: { Accept: 'application/json', ...headers } };
  if (s?.accessToken) {
    init.headers.Authorization = `Bearer ${s.accessToken}`;
  }
  if (body !== undefined) {
    init.headers['Content-Type'] = 'application/json';
    init.body = JSON.stringify(body);
  }
  let response;
  try {
    response = await fetch(path, init);
  } catch (e) {
    throw new ApiError(0, { title: 'Network error', detail: 'Rondo cannot be reached: check the connection.' });
  }
  if (response.status === 401 && s) {
    saveSession(null);
    window.dispatchEvent(new CustomEvent('rondo:signed-out'));
  }
  const text = await response.text();
  const data = text ? JSON.parse(text) : null;
  if (!response.ok) {
    throw new ApiError(response.status, data);
  }
  return data;
}

export const get = (path) => api('GET', path);
export const post = (path, body) => api('POST', path, body ?? {});
export const put = (path, body) => api('PUT', path, body);
export const del = (path) => api('DELETE', path);

/** Every item of a paged list (pages of 200). */
export async function getAll(path) {
  const items = [];
  const sep = path.includes('?') ? '&' : '?';
  for (let page = 0; ; page++) {
    const answer = await get(`${path}${sep}page=${page}&size=200`);
    items.push(...answer.items);
    if (items.length >= answer.totalItems || answer.items.length === 0) {
      return items;
    }
  }
}
