#!/usr/bin/env node
import nodeModule from 'node:module';
import { main } from './main.js';

// Node ≥ 22.1 keeps V8's compiled code for the bundle's chunks on disk (in the OS temp dir), so
// a second run on the same machine skips ~60 ms of compiling before its first request. A cold
// run pays nothing measurable for writing it. NODE_DISABLE_COMPILE_CACHE=1 turns it off.
(nodeModule as { enableCompileCache?: () => unknown }).enableCompileCache?.();

void main();
