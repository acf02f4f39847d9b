// Persistence: the loaded articles (names, text, lines put back) and a few
// settings survive a reload, in IndexedDB. One object store of key/value
// pairs; if IndexedDB is unavailable (private mode in some browsers) the
// store lives in memory and says so.

const DB_NAME = 'corroborate';
const DB_VERSION = 1;
const STORE = 'kv';

function request(req) {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
}

function openDb() {
  return new Promise((resolve, reject) => {
    const req = indexedDB.open(DB_NAME, DB_VERSION);
    req.onupgradeneeded = () => {
      if (!req.result.objectStoreNames.contains(STORE)) req.result.createObjectStore(STORE);
    };
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
    req.onblocked = () => reject(new Error('the database is blocked by another tab'));
  });
}

/**
 * Open the store.
 * @returns {Promise<{persistent: boolean, get(key: string): Promise<any>, set(key: string, value: any): Promise<void>}>}
 */
export async function openStore() {
  let db = null;
  try {
    db = await openDb();
  } catch {
    db = null;
  }
  if (!db) {
    const mem = new Map();
    return {
      persistent: false,
      async get(key) {
        return structuredClone(mem.get(key));
      },
      async set(key, value) {
        mem.set(key, structuredClone(value));
      },
    };
  }
  return {
    persistent: true,
    async get(key) {
      const tx = db.transaction(STORE, 'readonly');
      return request(tx.objectStore(STORE).get(key));
    },
    async set(key, value) {
      const tx = db.transaction(STORE, 'readwrite');
      tx.objectStore(STORE).put(value, key);
      await new Promise((resolve, reject) => {
        tx.oncomplete = () => resolve();
        tx.onerror = () => reject(tx.error);
        tx.onabort = () => reject(tx.error || new Error('write aborted'));
      });
    },
  };
}
