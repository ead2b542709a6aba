// The options page: accounts, election periods, house rules, built-in rules, sites, feedback, the
// audit trail and sign-off, and backups. Organisation policy shows as locked.
import { render } from 'preact';
import { OptionsApp } from './options-app';
import { browserOptionsApi } from './options-api';
import './options.css';

const root = document.getElementById('app');
if (root) render(<OptionsApp api={browserOptionsApi} />, root);
