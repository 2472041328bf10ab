type Cfg = {
  headers: Record<string, string>;
  list: Array<string>;
  map: Map<string, number>;
  any: any;
  unk: unknown;
  tuple: [string, number];
  fn: () => void;
  lit: "a" | "b";
  num: 1 | 2;
  opt?: string | null;
  union: string | number;
};

export async function main(cfg: Cfg) {
  return cfg;
}
