import { ArrowLeft, CopyPlus, Ellipsis, GitCompare, UsersRound } from 'lucide-react';
import { useState } from 'react';
import { createFutureCopy } from '../../api/maps.ts';
import { useT } from '../../i18n/use-t.ts';
import { navigate } from '../../router/use-route.ts';
import { applyEdit, editorStore, useEditor, useReadOnly } from '../../store/editor.ts';
import '../../styles/toolbar.css';
import { ErrorNotice } from '../common/ErrorNotice.tsx';
import { InlineEdit } from '../common/InlineEdit.tsx';
import { ShareDialog } from '../team/ShareDialog.tsx';
import { DrawerButtons } from './DrawerButtons.tsx';
import { EditTools } from './EditTools.tsx';
import { ExportMenu } from './ExportMenu.tsx';
import { FiguresPeriod } from './FiguresPeriod.tsx';
import { ToolbarMenu, type ToolbarMenuItem } from './ToolbarMenu.tsx';

/**
 * The editor's top bar, one row at 1440 px in every language: on the left the way back,
 * the title (cut with an ellipsis, the full name on hover) and the editing tools; on the
 * right the data link, the figures' period, export, the comment and activity drawers,
 * sharing and a "More" menu with the other views and the future-state copy. Tools a
 * role may not use (read-only) are left out, not disabled.
 */
export function Toolbar() {
  const t = useT();
  const id = useEditor((state) => state.map?.id ?? '');
  const title = useEditor((state) => state.map?.title ?? '');
  const type = useEditor((state) => state.map?.type ?? 'current');
  const readOnly = useReadOnly();
  const [editingTitle, setEditingTitle] = useState(false);
  const [sharing, setSharing] = useState(false);
  const [copyError, setCopyError] = useState<unknown>(null);
  const path = `#/maps/${encodeURIComponent(id)}`;

  const futureCopy = async () => {
    try {
      await editorStore.getState().saveNow();
      const copy = await createFutureCopy(id);
      navigate({ name: 'map', id: copy.map.id });
    } catch (error) {
      setCopyError(error);
    }
  };

  const more: ToolbarMenuItem[] = [
    { id: 'compare', label: t('editor.compare'), icon: GitCompare, href: `${path}/compare` },
    {
      id: 'personas',
      label: t('editor.personaSuggestions'),
      icon: UsersRound,
      href: `${path}/personas`,
    },
  ];
  if (!readOnly)
    more.push({
      id: 'future',
      label: t('editor.future'),
      icon: CopyPlus,
      onSelect: () => void futureCopy(),
    });

  return (
    <>
      <div className="toolbar" role="toolbar" aria-label={t('editor.toolbar')}>
        <div className="toolbar-main">
          <a className="back" href="#/" aria-label={t('editor.home')} title={t('editor.home')}>
            <ArrowLeft size={18} aria-hidden="true" />
          </a>
          {editingTitle && !readOnly ? (
            <InlineEdit
              className="title-edit"
              value={title}
              label={t('editor.mapTitle')}
              editing
              onDone={() => setEditingTitle(false)}
              onCommit={(value) => applyEdit({ op: 'setMapField', field: 'title', value })}
            />
          ) : (
            <h1 className="map-title" title={title} onDoubleClick={() => setEditingTitle(!readOnly)}>
              {title}
            </h1>
          )}
          {readOnly ? <span className="map-type">{t(`mapType.${type}`)}</span> : <EditTools />}
        </div>
        <div className="toolbar-actions">
          <a className="button-like" href={`${path}/data`}>
            {t('editor.data')}
          </a>
          <FiguresPeriod />
          <ExportMenu mapId={id} />
          <DrawerButtons />
          {!readOnly && (
            <button type="button" onClick={() => setSharing(true)}>
              {t('share.open')}
            </button>
          )}
          <ToolbarMenu
            label={t('toolbar.more')}
            title={t('toolbar.moreTitle')}
            icon={<Ellipsis size={15} />}
            items={more}
          />
        </div>
      </div>
      {sharing && <ShareDialog mapId={id} title={title} onClose={() => setSharing(false)} />}
      {copyError !== null && <ErrorNotice error={copyError} />}
    </>
  );
}
