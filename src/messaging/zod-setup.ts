/**
 * Zod 4 compiles each object parser with `new Function` when it can, and finds out whether it can
 * by trying `new Function('')` once. Under Record Lens's CSP (`script-src 'self'`, no eval) and in
 * content scripts (the browser's isolated-world CSP) the try is refused: zod falls back correctly,
 * but the browser still reports a `securitypolicyviolation`, which would hide real ones.
 * `jitless` skips both the probe and the compiler (node_modules/zod/v4/core/util.js `allowsEval`).
 *
 * Zod reads the flag when each object schema is built, and our schemas are built when their modules
 * load: every entrypoint imports this module FIRST, before anything that imports a schema.
 * The flag lives on `globalThis`, so `zod` and `zod/mini` share it.
 */
import { config } from 'zod/v4/core';

config({ jitless: true });
