export const median = (xs: readonly number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
};

export interface Figure {
  figure: string;
  value: number;
  unit: string;
  baseline?: number;
  ratio?: number;
  budget: string;
  ok: boolean;
}
