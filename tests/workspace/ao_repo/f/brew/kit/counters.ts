// Running totals for the taproom display.
export let pours = 0;

export function countPour(litres: number): void {
  pours += litres;
}
