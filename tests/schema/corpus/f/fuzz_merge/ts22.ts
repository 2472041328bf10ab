import * as wmill from "windmill-client";
type Alias = { a: string; n?: number };
interface Iface { q: boolean }
type UnionAlias = "u" | "v";
type Tree = { v: string; kids: Tree[] };
export const main = workflow(async (p0: wmill.Resource<'s3'> = [1, 2], p1: unknown = {a: -1, b: 'x' + 'y'}, p2: { label: 'A'; v: string } | { label: 'B' } = {"a": [1, {"b": null}]}, p3: boolean[][]) => {});
