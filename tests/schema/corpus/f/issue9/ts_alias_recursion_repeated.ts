// A recursive alias expands less each time a parameter refers to it again.
type Node = { value: string; next: Node };
type Wrapper = { inner: Node };
type Tree = { v: string; kids: Tree[] };
type Forest = Tree[];
export async function main(
  first: Node,
  plain: string,
  second: Node,
  third: Node,
  wrapped: Wrapper,
  again: Wrapper,
  both: { a: Tree; b: Tree },
  forest: Forest,
  trees: Tree[],
) {
  return first;
}
