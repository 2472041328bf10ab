import * as wmill from "windmill-client";
type Alias = { a: string; n?: number };
interface Iface { q: boolean }
type UnionAlias = "u" | "v";
type Tree = { v: string; kids: Tree[] };
export const main = workflow(async (p0: number = {}, p1?: "a" | "b", p2: { x: { y: number[] } } = {"a": [1, {"b": null}]}, p3: number[] = 1.5, p4: number | undefined, p5: null | string = [1, , 3]) => {});
