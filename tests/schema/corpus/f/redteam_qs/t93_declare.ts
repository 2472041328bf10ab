declare const x: number;
declare function helper(a: string): void;
declare module "foo" {
  export type Bar = { a: string };
}
export async function main(a: string, b: Bar) {
  return a;
}
