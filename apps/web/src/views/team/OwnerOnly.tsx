import type { ReactNode } from 'react';
import { useCan } from '../../auth/session.ts';
import { useT } from '../../i18n/use-t.ts';

/** Shows `children` to owners; other members get the refusal the API would give. */
export function OwnerOnly({ children }: { children: ReactNode }) {
  const t = useT();
  const admin = useCan('admin');
  return admin ? children : <p className="panel">{t('error.forbidden')}</p>;
}
