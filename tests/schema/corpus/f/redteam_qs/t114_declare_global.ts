declare global {
  interface Window {
    x: number;
  }
}
export type Late = { late: boolean };
export async function main(l: Late, w: Window) {
  return l;
}
