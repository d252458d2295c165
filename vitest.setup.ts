// fake-indexeddb gives Dexie a real IndexedDB implementation inside jsdom, so component
// tests exercise the same storage commands as the app.
import 'fake-indexeddb/auto';
import '@testing-library/jest-dom/vitest';
