export async function main(base_url: string, path: string, timeout_ms: number = 5000) {
  const started = Date.now();
  try {
    const res = await fetch(`${base_url}${path}`, { signal: AbortSignal.timeout(timeout_ms) });
    return { path, up: res.ok, status: res.status, ms: Date.now() - started };
  } catch (e) {
    return { path, up: false, status: 0, ms: Date.now() - started };
  }
}
