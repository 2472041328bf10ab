type IsStr<T> = T extends string ? "yes" : "no";
type Elem<T> = T extends (infer U)[] ? U : never;
declare const sym: unique symbol;

export async function main(a: IsStr<string>, b: Elem<number[]>, c: typeof sym, d: `x${number}`) {
  return a;
}
