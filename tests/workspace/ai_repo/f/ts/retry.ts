export async function withBackoff<T>(fn: () => Promise<T>, tries = 3): Promise<T | undefined> {
  for (let i = 0; i < tries; i++) {
    try {
      return await fn();
    } catch (err) {
      console.warn(`attempt ${i + 1} failed`, err);
    }
  }
  return undefined;
}
