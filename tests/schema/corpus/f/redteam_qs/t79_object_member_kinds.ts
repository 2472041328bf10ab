type T = {
  "a-b": string;
  'c': number;
  1: boolean;
  d?: string | undefined;
  e: "x" | "y";
  f: { g: Date };
  h: string[];
  i: Array<string>;
};
export async function main(t: T) {
  return t;
}
