export async function main(cfg: Config, mode: Mode = "dev", list: Item[] = []) {
  return cfg;
}

type Mode = "dev" | "prod";
interface Config {
  host: string;
  port?: number;
}
type Item = { id: number; mode: Mode };
