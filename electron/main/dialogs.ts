import { BrowserWindow, dialog } from 'electron';
import type { Handlers } from '../../shared/contract';

const BUNDLE_FILTER = [{ name: '数据包', extensions: ['gvbundle'] }];

/** The shell's native file dialogs, replacing the services' "not available" answer. */
export const chooseFile: Handlers['shell.chooseFile'] = async (input) => {
  const window = BrowserWindow.getFocusedWindow() ?? BrowserWindow.getAllWindows()[0];
  if (!window) return { available: true, path: null };
  if (input.purpose === 'saveBundle') {
    const result = await dialog.showSaveDialog(window, { title: '保存数据包', defaultPath: input.defaultName, filters: BUNDLE_FILTER });
    return { available: true, path: result.canceled ? null : (result.filePath ?? null) };
  }
  const result = await dialog.showOpenDialog(window, { title: '打开数据包', properties: ['openFile'], filters: BUNDLE_FILTER });
  return { available: true, path: result.canceled ? null : (result.filePaths[0] ?? null) };
};
