type Ev =
  | { type: "click"; x: number; y: number }
  | { type: "key"; key: string }
  | { type: "scroll"; delta?: number };

export async function main(ev: Ev, evs: Ev[] = []) {
  return ev;
}
