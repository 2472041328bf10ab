import * as wmill from "windmill-client";
type Alias = { a: string; n?: number };
interface Iface { q: boolean }
type UnionAlias = "u" | "v";
type Tree = { v: string; kids: Tree[] };
export async function main(p0: DynSelect_q = [], p1?: unknown, p2: wmill.Resource<'s3'>, p3: DynSelect_q) {}
