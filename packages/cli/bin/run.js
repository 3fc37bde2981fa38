#!/usr/bin/env node
// Node resolves the symlink that npm puts in node_modules/.bin, so import.meta.url is the path
// of this file inside the package and oclif finds package.json next to it.
import { execute } from '@oclif/core';

await execute({ dir: import.meta.url });
