namespace NS {
  export type Inner = { a: string };
  export enum E { A = "a", B = "b" }
}

declare namespace Ext {
  type T = number;
}

export async function main(x: NS.Inner, e: NS.E = NS.E.A, t: Ext.T) {
  return x;
}
