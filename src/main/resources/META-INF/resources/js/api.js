// The one way the page talks to Rondo's REST API: bearer token, JSON, problem+json errors as ApiError, versioned
// writes (If-Match) and calls a newer one makes obsolete (an AbortSignal).

const TOKEN_KEY = 'rondo.session';

/** An answer that was not 2xx: status plus the RFC 9457 problem body (title, detail, errors[{field, message}]). */
export class ApiError extends Error {
  constructor(status, problem) {
    super(problem?.detail || problem?.title || `HTTP ${status}`);
    this.status = status;
    this.problem = problem || {};
  }

  /** 409: someone (a colleague, the solver) changed it first, or it was already decided. */
  get conflict() {
    return this.status === 409;
  }

  /** The message for one field, as the server named it (e.g. "name" or "windows[0].to"), or undefined. */
  fieldMessage(field) {
    return (this.problem.errors || []).find((e) => e.field === field)?.message;
  }
}

/** Whether a call failed only because its AbortSignal was aborted (a newer call replaced it). */
export const isAborted = (error) => error?.name === 'AbortError';

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

/**
 * Calls the API; resolves to the parsed JSON (or null for 204), rejects with ApiError. Options: `version` sends
 * If-Match (the write only happens if the item is still at that version, else 409), `headers` adds headers,
 * `signal` cancels the call (it then rejects with an AbortError: see isAborted).
 */
export async function api(method, path, body, { version, headers = {}, signal } = {}) {
  const s = session();
  const init = { method, headers: { Accept: 'application/json', ...headers }, signal };
  if (s?.accessToken) {
    init.headers.Authorization = `Bearer ${s.accessToken}`;
  }
  if (version !== undefined && version !== null) {
    init.headers['If-Match'] = `"${version}"`;
  }
  if (body !== undefined) {
    init.headers['Content-Type'] = 'application/json';
    init.body = JSON.stringify(body);
  }
  let response;
  try {
    response = await fetch(path, init);
  } catch (e) {
    if (isAborted(e)) {
      throw e;
    }
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

export const get = (path, options) => api('GET', path, undefined, options);
export const post = (path, body, options) => api('POST', path, body ?? {}, options);
export const put = (path, body, options) => api('PUT', path, body, options);
/** DELETE; with a version, only while the item is still at that version (If-Match), else 409. */
export const del = (path, version) => api('DELETE', path, undefined, { version });
/** PUT of a versioned item: the version goes in the body and as If-Match. */
export const putVersioned = (path, body, version) => api('PUT', path, { ...body, version }, { version });

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
