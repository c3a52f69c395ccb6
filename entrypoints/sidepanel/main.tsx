import '@/src/messaging/zod-setup'; // first: before any module builds a zod schema
import { render } from 'preact';
import { App } from './App';
import { LockGate } from '@/src/ui/LockGate';
import '@/src/ui/base.css';
import './style.css';

render(
  <LockGate>
    <App />
  </LockGate>,
  document.getElementById('app')!);
