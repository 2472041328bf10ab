interface Base {
  id: string;
  created?: Date;
}
interface Named extends Base {
  name: string;
  // comment member
  /** jsdoc member */
  label?: string;
}
interface WithIndex {
  [key: string]: number;
}
interface WithMethod {
  go(): void;
  value: number;
}

export async function main(n: Named, w: WithIndex, m: WithMethod, list: Named[] = []) {
  return n;
}
