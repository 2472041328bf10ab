interface Base<T> {
  value: T;
  list: T[];
}
interface Impl extends Base<number> {
  name: string;
}
interface Merged {
  a: string;
}
interface Merged {
  b: number;
}
export async function main(impl: Impl, merged: Merged) {
  return impl;
}
