/**
 * The part of jStat (no published types) that the insight analyses use: Student's t
 * distribution. Kept to what is called, so a wrong use fails the typecheck.
 */
declare module 'jstat' {
  interface StudentT {
    /** Quantile: x with P(T ≤ x) = p for `dof` degrees of freedom. */
    inv(p: number, dof: number): number;
  }
  const jstat: { jStat: { studentt: StudentT } };
  export default jstat;
}
