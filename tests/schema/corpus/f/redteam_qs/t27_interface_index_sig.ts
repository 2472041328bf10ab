interface Bag {
  [key: string]: unknown;
}

interface Svc {
  name: string;
  call(x: number): string;
  handler: (e: string) => void;
  readonly id?: number;
}

export async function main(bag: Bag, svc: Svc, fn: () => void) {
  return bag;
}
