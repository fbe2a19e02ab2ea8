// Why: the entry point Vite builds. It loads the global styles and mounts the Svelte app into
// #app in index.html.
import { mount } from 'svelte';
import App from './App.svelte';
import './app.css';

const target = document.getElementById('app');
if (!target) {
  throw new Error('index.html has no #app element');
}

mount(App, { target });
