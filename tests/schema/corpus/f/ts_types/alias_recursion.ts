type L1 = { a: L2 }; type L2 = { a: L3 }; type L3 = { a: L4 }; type L4 = { a: L5 }; type L5 = { a: L6 };
type L6 = { a: L7 }; type L7 = { a: L8 }; type L8 = { a: L9 }; type L9 = { a: L10 }; type L10 = { a: L11 };
type L11 = { a: L12 }; type L12 = { a: string };
type T1 = { x: T2 }; type T2 = { y: T1 };
type W = W[];
type P = { p: P | undefined };
export async function main(a: L1, b: T1, c: W, d: P) {}
