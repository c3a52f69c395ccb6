import '@/src/messaging/zod-setup'; // first: before any module builds a zod schema
import { render } from 'preact';
import { LockGate } from '@/src/ui/LockGate';
import { Welcome } from './Welcome';
import '@/src/ui/base.css';
import '../options/style.css';
import './style.css';

render(
  <LockGate>
    <Welcome />
  </LockGate>,
  document.getElementById('app')!,
);
