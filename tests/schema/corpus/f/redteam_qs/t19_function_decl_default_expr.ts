const DEFAULT_LIMIT = 50;

export async function main(limit: number = DEFAULT_LIMIT, now: string = new Date().toISOString()) {
  return limit;
}
