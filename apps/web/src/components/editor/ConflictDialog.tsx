import { useMemo } from 'react';
import { useT } from '../../i18n/use-t.ts';
import { editorStore, useEditor } from '../../store/editor.ts';
import { Dialog } from '../common/Dialog.tsx';
import { ChangeList } from '../diff/ChangeList.tsx';

/**
 * Shown when a save met a newer version on the server: what differs between theirs and
 * ours, and the three ways out. Nothing is lost whichever is chosen: "take theirs" can be
 * undone.
 */
export function ConflictDialog() {
  const t = useT();
  const conflict = useEditor((state) => state.conflict);
  const pending = useEditor((state) => state.pending);
  const maps = useMemo(
    () => (conflict ? [conflict.base.map, conflict.theirs.map, conflict.mine] : []),
    [conflict],
  );
  if (!conflict) return null;
  const resolve = editorStore.getState().resolveConflict;
  return (
    <Dialog title={t('conflict.title')}>
      <p>{t('conflict.intro', { theirs: conflict.theirs.version, mine: conflict.base.version })}</p>
      <div className="conflict-versions">
        <section aria-labelledby="conflict-theirs">
          <h3 id="conflict-theirs">{t('conflict.theirChanges')}</h3>
          <ChangeList changes={conflict.theirChanges} maps={maps} label={t('conflict.theirChanges')} />
        </section>
        <section aria-labelledby="conflict-mine">
          <h3 id="conflict-mine">{t('conflict.myChanges')}</h3>
          <ChangeList changes={conflict.myChanges} maps={maps} label={t('conflict.myChanges')} />
        </section>
      </div>
      <div className="conflict-choices">
        <div>
          <button type="button" onClick={() => resolve('merge')} disabled={pending === null}>
            {t('conflict.merge')}
          </button>
          <p>
            {pending === null
              ? t('conflict.mergeUnavailable')
              : t('conflict.mergeHint', { count: pending.length })}
          </p>
        </div>
        <div>
          <button type="button" onClick={() => resolve('mine')}>
            {t('conflict.keepMine')}
          </button>
          <p>{t('conflict.keepMineHint')}</p>
        </div>
        <div>
          <button type="button" onClick={() => resolve('theirs')}>
            {t('conflict.takeTheirs')}
          </button>
          <p>{t('conflict.takeTheirsHint')}</p>
        </div>
      </div>
    </Dialog>
  );
}
