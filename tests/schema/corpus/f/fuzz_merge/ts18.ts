import * as wmill from "windmill-client";
type Alias = { a: string; n?: number };
interface Iface { q: boolean }
type UnionAlias = "u" | "v";
type Tree = { v: string; kids: Tree[] };
export const main = workflow(async (p0: Alias, p1?: Iface, p2: unknown = {}, p3: DynSelect_q = 0x10, p4: Tree = 1e21, p5: string | undefined) => {});
