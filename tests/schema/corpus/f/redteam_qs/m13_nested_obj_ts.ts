type Opts = { retries: number; backoff?: { base: number; max: number } };

export async function main(opts: Opts, tags: string[] = ["a"]) {
  return opts;
}
