import * as wmill from "windmill-client";
type Alias = { a: string; n?: number };
interface Iface { q: boolean }
type UnionAlias = "u" | "v";
type Tree = { v: string; kids: Tree[] };
export const main = workflow(async (p0: Iface = "s", p1: number | undefined = 1, p2: Base64, p3: Record<string, number> = [1, , 3]) => {});
