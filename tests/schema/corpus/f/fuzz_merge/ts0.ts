import * as wmill from "windmill-client";
type Alias = { a: string; n?: number };
interface Iface { q: boolean }
type UnionAlias = "u" | "v";
type Tree = { v: string; kids: Tree[] };
export const main = workflow(async (p0: { a: string; b?: number }, p1: Alias[] = [1, , 3], p2: boolean[][]) => {});
