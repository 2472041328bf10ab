import * as wmill from "windmill-client";
type Alias = { a: string; n?: number };
interface Iface { q: boolean }
type UnionAlias = "u" | "v";
type Tree = { v: string; kids: Tree[] };
export async function main(p0: Array<string>, p1: Alias[] = -1, p2: string | undefined, p3: { x: { y: number[] } }) {}
