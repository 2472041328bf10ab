type D = Date;
type Alias = { a: string };
type A2 = Alias;
type A3 = A2;
type R = Record<string, string>;
type O = Alias | undefined;
type G<T> = { a: T };
export type Ex = { e: number };
interface I2 extends Alias { b: number }
interface M { a: string }
interface M { b: number }
type Tree = { v: string; children: Tree[] };
type Self = Self2; type Self2 = Self;
type U = "a" | "b";
type UA = U[];
type Opt = string | undefined;
type Lit = "only";
type Paren = (string);
type B64 = Base64;
type E2 = Email;
type K = keyof Alias;
type Fn = () => void;
type Inter = Alias & { b: string };
type TL = [string, number];
type N = number;
type Big = bigint;
type Obj = object;
type Anyy = any;
type Bool = boolean;
type Rs = Resource<"pg">;
namespace NS { export type Inner = { z: string } }
declare module "m" { export type Mod = { y: string } }
export async function main(
  a: D, b: A2, c: A3, d: R, e: O, f: G<string>, g: Ex, h: I2, i: M, j: Tree, k: Self, l: UA,
  m: Opt, n: Lit, o: Paren, p: B64, q: E2, r: K, s: Fn, t: Inter, u: TL, v: N, w: Big, x: Obj,
  y: Anyy, z: Bool, aa: Rs, ab: NS.Inner, ac: Inner, ad: Mod, ae: U | undefined, af: Alias | undefined,
  ag: Alias | null, ah: Later, ai: { q: Alias, r: U, s: UA },
  aj: D[], ak: Opt[],
) {}
type Later = { late: boolean };
