export const opsPath = (name: string) => `f/rcc_ops/${name}`;
