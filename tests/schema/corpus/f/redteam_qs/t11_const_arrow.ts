export const main = async (name: string, count: number = 3, flag?: boolean) => {
  return { name, count, flag };
};
