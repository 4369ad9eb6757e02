import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App.tsx';
import { useLanguage } from './i18n/language-store.ts';
import './styles/base.css';
import './styles/editor.css';
import './styles/views.css';
import './styles/insight.css';
import './styles/team.css';
import './styles/import.css';
import './styles/initiatives.css';
import './styles/home.css';
import './styles/persona.css';
import './styles/compare.css';

const root = document.getElementById('root');
if (!root) throw new Error('#root missing from index.html');
document.documentElement.lang = useLanguage.getState().lang;
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
