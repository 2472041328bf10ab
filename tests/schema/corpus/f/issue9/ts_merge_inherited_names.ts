interface Odd {
  __proto__: string;
  plain: boolean;
}
export async function main(constructor: string, valueOf = { "__proto__": 1, "b": 2 }, odd: Odd) {
  return constructor;
}
