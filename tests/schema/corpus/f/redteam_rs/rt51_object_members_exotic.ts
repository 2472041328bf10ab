type T = {
  (x: number): string;
  new (x: string): T;
  get g(): number;
  set s(v: string);
  m?(): void;
  readonly r: string;
  [k: `k_${string}`]: number;
};

export async function main(t: T, u: { a: string, b: number; c: boolean }) {
  return t;
}
