import * as wmill from "windmill-client";
type Alias = { a: string; n?: number };
interface Iface { q: boolean }
type UnionAlias = "u" | "v";
type Tree = { v: string; kids: Tree[] };
export default workflow(async function (p0: number = {a: 1.0}, p1: Partial<Foo>, p2: number, p3: { x: { y: number[] } }, p4: Foo, p5: UnionAlias) {});
