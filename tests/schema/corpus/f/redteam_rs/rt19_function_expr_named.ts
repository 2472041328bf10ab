export const main = async function named(a: string, b: number = 2) {
  return a;
};
