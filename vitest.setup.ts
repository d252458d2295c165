// fake-indexeddb gives Dexie a real IndexedDB implementation inside jsdom, so component
// tests exercise the same storage commands as the app.
import 'fake-indexeddb/auto';
import '@testing-library/jest-dom/vitest';
import { configure } from '@testing-library/react';

// findBy*/waitFor give up after 1 s by default. On a loaded 2-core CI machine, with 54 test files
// running side by side, a board-file sync (parse, merge, write in fake-indexeddb) once took longer
// and failed a test that passes alone. 3 s stays inside vitest's 5 s per test.
configure({ asyncUtilTimeout: 3000 });
