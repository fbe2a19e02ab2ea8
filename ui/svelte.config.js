// Why: shared Svelte compiler settings for Vite and svelte-check: runes mode everywhere,
// so every component uses the same (Svelte 5) reactivity model.
export default {
  compilerOptions: {
    runes: true,
  },
};
