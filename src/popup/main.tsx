// The toolbar popup: which account is posting on this tab, and the quick switch of its profile.
import { render } from 'preact';
import { PopupApp } from './popup-app';
import { browserPopupApi } from './popup-api';
import './popup.css';

const root = document.getElementById('app');
if (root) render(<PopupApp api={browserPopupApi} />, root);
