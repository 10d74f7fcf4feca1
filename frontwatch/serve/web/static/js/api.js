// Talking to the JSON API. Errors come back in one shape: {ok: false, status, code, error, errors}.
// A private server (serve.private) answers 401: the page then asks for the token once per tab.

const TOKEN_KEY = "frontwatch-token";

export class ApiError extends Error {
  constructor(body) {
    super(body && body.error ? body.error : "the server did not answer");
    this.body = body || {};
  }
}

function headers() {
  const token = sessionStorage.getItem(TOKEN_KEY);
  return token ? { Authorization: `Bearer ${token}` } : {};
}

export function withParams(path, params) {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(params || {})) {
    if (value !== null && value !== undefined && value !== "") query.set(key, value);
  }
  const text = query.toString();
  return text ? `${path}?${text}` : path;
}

export async function getJSON(path, params) {
  let response;
  try {
    response = await fetch(withParams(path, params), { headers: headers() });
  } catch (err) {
    throw new ApiError({ error: `the server cannot be reached (${err.message})` });
  }
  const body = await response.json().catch(() => null);
  if (!response.ok) throw new ApiError(body);
  return body;
}

export function rememberToken(token) {
  sessionStorage.setItem(TOKEN_KEY, token);
}
