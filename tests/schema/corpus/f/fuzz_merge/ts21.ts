import * as wmill from "windmill-client";
type Alias = { a: string; n?: number };
interface Iface { q: boolean }
type UnionAlias = "u" | "v";
type Tree = { v: string; kids: Tree[] };
export default workflow(async function (p0: Email = [1, 2], p1: Foo, p2: Foo, p3: { label: 'A'; v: string } | { label: 'B' } = [1, , 3]) {});
