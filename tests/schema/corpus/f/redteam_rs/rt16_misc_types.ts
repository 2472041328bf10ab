export async function main(
  a: bigint,
  b: symbol,
  c: object,
  d: {},
  e: unknown,
  f: any,
  g: never,
  h: null,
  i: undefined,
  j: void,
  k: Function,
  l: () => void,
  m: Object,
  n: String,
  o: Number,
  p: Boolean,
  q: Date | undefined,
  r: Date[],
) {
  return a;
}
