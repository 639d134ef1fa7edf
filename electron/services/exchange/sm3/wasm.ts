import type { CompressBlocks } from './sm3-js';
import { sm3WasmBytes, WASM_DATA_OFFSET, WASM_DATA_WINDOW, WASM_STATE_OFFSET } from './wasm-module';

interface Sm3Exports {
  memory: WebAssembly.Memory;
  compress(state: number, data: number, blocks: number): void;
}

let compiled: WebAssembly.Module | null | undefined;

/** The compiled module, or null where WebAssembly cannot run (then the JS fallback is used). */
export function sm3WasmModule(): WebAssembly.Module | null {
  if (compiled === undefined) {
    try {
      compiled = new WebAssembly.Module(sm3WasmBytes());
    } catch {
      compiled = null;
    }
  }
  return compiled;
}

/** A compress function backed by one instance (one per thread; calls are synchronous, so it is shared). */
export function wasmCompressor(module: WebAssembly.Module): CompressBlocks {
  const exports = new WebAssembly.Instance(module, {}).exports as unknown as Sm3Exports;
  const heap = new Uint8Array(exports.memory.buffer);
  const stateView = new Int32Array(exports.memory.buffer, WASM_STATE_OFFSET, 8);
  return (state, data, offset, length) => {
    stateView.set(state);
    for (let done = 0; done < length; done += WASM_DATA_WINDOW) {
      const size = Math.min(WASM_DATA_WINDOW, length - done);
      heap.set(data.subarray(offset + done, offset + done + size), WASM_DATA_OFFSET);
      exports.compress(WASM_STATE_OFFSET, WASM_DATA_OFFSET, size >>> 6);
    }
    state.set(stateView);
  };
}
