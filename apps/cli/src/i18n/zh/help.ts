export { help } from '../en/help.ts';
