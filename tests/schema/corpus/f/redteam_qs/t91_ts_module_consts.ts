const LIMIT = 10;
const OPTS = { a: 1 } as const;
export async function main(limit = LIMIT, opts = OPTS, name = `n-${LIMIT}`) {
  return limit;
}
