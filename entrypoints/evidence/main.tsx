import '@/src/messaging/zod-setup'; // first: before any module builds a zod schema
import { render } from 'preact';
import { App } from './App';
import '@/src/ui/base.css';
import './style.css';

render(<App />, document.getElementById('app')!);
