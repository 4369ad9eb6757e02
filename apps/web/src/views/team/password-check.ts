import { NewPassword } from '@opencjm/core';

/** What is wrong with a new password typed twice, as a translation key; null when fine. */
export function newPasswordProblem(
  password: string,
  repeat: string,
): 'setup.short' | 'setup.mismatch' | null {
  if (!NewPassword.safeParse(password).success) return 'setup.short';
  if (password !== repeat) return 'setup.mismatch';
  return null;
}
