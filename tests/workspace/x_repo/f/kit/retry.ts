// SDK: windmill-client 1.818.0 throws its suspension from the task dispatch; a catch that keeps it breaks suspension
export function withRetry<A extends unknown[], R>(
  fn: (...args: A) => PromiseLike<R>,
  attempts = 3,
): (...args: A) => Promise<R> {
  return async (...args: A): Promise<R> => {
    let last: unknown;
    for (let i = 0; i < attempts; i++) {
      try {
        return await fn(...args);
      } catch (err) {
        last = err;
        console.log(`attempt ${i + 1} failed: ${String(err)}`);
      }
    }
    throw last;
  };
}

export function logged<A extends unknown[], R>(
  label: string,
  fn: (...args: A) => PromiseLike<R>,
): (...args: A) => Promise<R> {
  return async (...args: A): Promise<R> => {
    console.log(`${label} start`);
    const out = await fn(...args);
    console.log(`${label} done`);
    return out;
  };
}
