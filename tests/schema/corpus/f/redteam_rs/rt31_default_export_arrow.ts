export default async (a: string, b = 2, c?: boolean) => {
  return a;
};
