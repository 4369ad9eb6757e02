import { History, MessageSquare } from 'lucide-react';
import { useT } from '../../i18n/use-t.ts';
import { useComments } from '../../store/comments.ts';

/**
 * The toolbar's switches of the side drawer: comments (an icon with the number of open
 * ones, named "Comments (3)") and the activity history (an icon named "Activity"), each
 * pressed while its drawer is open.
 */
export function DrawerButtons() {
  const t = useT();
  const open = useComments((state) => state.items.filter((c) => !c.resolved).length);
  const drawer = useComments((state) => state.drawer);
  const toggle = (which: 'comments' | 'activity') =>
    useComments.getState().setDrawer(drawer === which ? null : which);
  const comments = t('comments.open', { count: open });
  const activity = t('activity.open');
  return (
    <>
      <button
        type="button"
        className="drawer-button"
        aria-label={comments}
        title={comments}
        aria-pressed={drawer === 'comments'}
        onClick={() => toggle('comments')}
      >
        <MessageSquare size={15} aria-hidden="true" />
        <span aria-hidden="true">{open}</span>
      </button>
      <button
        type="button"
        className="drawer-button"
        aria-label={activity}
        title={activity}
        aria-pressed={drawer === 'activity'}
        onClick={() => toggle('activity')}
      >
        <History size={15} aria-hidden="true" />
      </button>
    </>
  );
}
