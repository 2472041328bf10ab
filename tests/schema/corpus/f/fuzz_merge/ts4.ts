import * as wmill from "windmill-client";
type Alias = { a: string; n?: number };
interface Iface { q: boolean }
type UnionAlias = "u" | "v";
type Tree = { v: string; kids: Tree[] };
export async function main(p0: (string), p1: Record<string, number> = [1, 2], p2: boolean, p3: number | undefined = 'q', p4: null | string = {"a": [1, {"b": null}]}) {}
