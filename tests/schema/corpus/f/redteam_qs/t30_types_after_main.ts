export async function main(cfg: Config, list: Entry[]) {
  return cfg;
}

type Config = { url: string; retries?: number };
interface Entry {
  k: string;
  v: number | null;
}
