/** Progress of long work (PDF batches, Excel, bundles). */
export const jobsZh = {
  running: '正在处理…',
  cancel: '取消',
  cancelled: '已取消',
  failed: '失败',
  done: '已完成',
  progress: '{done} / {total}',
};

export const jobsEn: typeof jobsZh = {
  running: 'Working…',
  cancel: 'Cancel',
  cancelled: 'Cancelled',
  failed: 'Failed',
  done: 'Done',
  progress: '{done} / {total}',
};
