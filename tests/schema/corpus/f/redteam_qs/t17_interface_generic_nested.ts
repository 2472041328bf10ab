interface Wrapper<T> {
  data: T;
  meta?: Record<string, string>;
}

interface Item {
  sku: string;
  qty: number;
}

export async function main(w: Wrapper<Item[]>, items: Array<Item>, set: Set<string>, map: Map<string, number>) {
  return w;
}
