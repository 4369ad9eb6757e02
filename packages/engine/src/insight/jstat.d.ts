/**
 * The part of jStat (no published types) that the engine uses: Student's t, chi-square,
 * beta and normal distributions. Kept to what is called, so a wrong use fails the typecheck.
 */
declare module 'jstat' {
  interface StudentT {
    /** Quantile: x with P(T ≤ x) = p for `dof` degrees of freedom. */
    inv(p: number, dof: number): number;
    /** P(T ≤ x) for `dof` degrees of freedom. */
    cdf(x: number, dof: number): number;
    pdf(x: number, dof: number): number;
  }
  interface ChiSquare {
    /** P(X ≤ x) for `dof` degrees of freedom. */
    cdf(x: number, dof: number): number;
  }
  interface Beta {
    pdf(x: number, alpha: number, beta: number): number;
    /** The regularised incomplete beta function I_x(alpha, beta). */
    cdf(x: number, alpha: number, beta: number): number;
    inv(p: number, alpha: number, beta: number): number;
  }
  interface Normal {
    cdf(x: number, mean: number, sd: number): number;
    inv(p: number, mean: number, sd: number): number;
  }
  const jstat: {
    jStat: {
      studentt: StudentT;
      chisquare: ChiSquare;
      beta: Beta;
      normal: Normal;
      /** ln B(a, b), the log of the beta function. */
      betaln(a: number, b: number): number;
    };
  };
  export default jstat;
}
