import * as wmill from "windmill-client";
type Alias = { a: string; n?: number };
interface Iface { q: boolean }
type UnionAlias = "u" | "v";
type Tree = { v: string; kids: Tree[] };
export default workflow(async function (p0: S3Object) {});
