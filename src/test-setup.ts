// Unit tests run in Node: give Dexie an IndexedDB.
import 'fake-indexeddb/auto';
