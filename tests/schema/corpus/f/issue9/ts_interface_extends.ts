interface Base {
  id: string;
  created?: Date;
}
interface Named {
  name: string;
}
interface Child extends Base {
  tags: string[];
}
interface Multi extends Child, Named {
  n: number;
  id: string;
}
interface Box<T> {
  value: T;
}
interface Boxed extends Box<string> {
  more: number;
}
type Plain = { p: string };
interface FromAlias extends Plain {
  own: boolean;
}
interface Later extends Declared {
  own: boolean;
}
interface Declared {
  d: number;
}
interface Declared {
  redeclared: string;
}
namespace NS {
  export interface Inner {
    i: string;
  }
}
interface Qualified extends NS.Inner {
  q: number;
}
export async function main(
  child: Child,
  multi: Multi,
  boxed: Boxed,
  fromAlias: FromAlias,
  later: Later,
  qualified: Qualified,
  list: Child[],
) {
  return child;
}
